import Foundation
import Testing

/// `demarche run` end to end: determinism across --jobs, formats, atomic
/// writes and bad input.
@Suite struct RunCommandTests {
    static func path(_ relative: String) -> String { ScenarioCommandTests.path(relative) }
    static let tutorial = path("Scenarios/tutorial.yaml")

    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test(arguments: ["md", "csv", "json", "html"])
    func jobsDoNotChangeTheBytes(format: String) throws {
        let arguments = ["run", Self.tutorial, "--runs", "1200", "--seed", "9", "--format", format, "--no-timing"]
        let one = try CommandRunner.run(arguments + ["--jobs", "1"])
        let two = try CommandRunner.run(arguments + ["--jobs", "2"])
        #expect(one.status == 0 && two.status == 0, "\(one.standardError)")
        #expect(one.standardOutput == two.standardOutput)
        #expect(!one.standardOutput.isEmpty)
    }

    @Test func jsonKeepsTimingInItsOwnField() throws {
        let arguments = ["run", Self.tutorial, "--runs", "600", "--format", "json"]
        let one = try CommandRunner.run(arguments + ["--jobs", "1"])
        let two = try CommandRunner.run(arguments + ["--jobs", "2"])
        func withoutPerformance(_ text: String) throws -> NSDictionary {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            #expect(object["performance"] != nil)
            return object.filter { $0.key != "performance" } as NSDictionary
        }
        #expect(try withoutPerformance(one.standardOutput) == withoutPerformance(two.standardOutput))
    }

    @Test func reportsContainEverySection() throws {
        let markdown = try CommandRunner.run(["run", Self.tutorial, "--runs", "500"]).standardOutput
        for heading in ["## Manifest", "## Outcomes", "### Probability by checkpoint", "## Quantities at the horizon",
                        "## Actors", "## Orders", "## Markets", "## Sources", "## Convergence", "SHA-256", "events/s"] {
            #expect(markdown.contains(heading), "\(heading)")
        }
        let csv = try CommandRunner.run(["run", Self.tutorial, "--runs", "500", "--format", "csv"]).standardOutput
        // One table (the outcomes) in one file; --out DIR/ has the others (OutputFormatTests).
        #expect(csv.hasPrefix("id,label,kind,by,by_day,probability_value,probability_low,probability_high,occurred,"))
        #expect(!csv.contains("\n#") && !csv.contains("\n\n"))
        let html = try CommandRunner.run(["run", Self.tutorial, "--runs", "500", "--format", "html"]).standardOutput
        #expect(html.hasPrefix("<!doctype html>") && html.contains("<svg") && html.contains("class=\"band\""))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://") && !html.contains("<link"))
    }

    @Test(arguments: [
        (["run", "/nonexistent.yaml"], "/nonexistent.yaml: error: no such file"),
        (["run", "--runs", "0", "x.yaml"], "--runs must be at least 1 (got 0)."),
        (["run", "--runs=-5", "x.yaml"], "--runs must be at least 1 (got -5)."),
        (["run", "--jobs", "0", "x.yaml"], "--jobs must be at least 1 (got 0)."),
        (["run", "--jobs", "10000", "x.yaml"], "--jobs must be at most "),
        (["run", "--runs", "4294967295", "SCENARIO"],
         "--runs 4294967295: every run's outcome values are kept; 4294967295 runs × 8 outcomes would need up to about 6.9 TB at peak"),
        (["run", "--until-precision", "2", "x.yaml"], "--until-precision must be between 0 and 0.5"),
        (["run", "--format", "pdf", "x.yaml"], "The value 'pdf' is invalid for '--format <format>'"),
        (["run", "--out", "/tmp", "--format", "md", "SCENARIO"], "--out /tmp is a directory, which takes --format csv"),
        (["run", "--out", "/nonexistent-dir/report.md", "SCENARIO"], "/nonexistent-dir/report.md: the directory does not exist"),
        (["run", "BROKEN"], "error: actors.germany.opositon: unknown key 'opositon'"),
    ])
    func badInputIsAClearError(arguments: [String], message: String) throws {
        let substituted = arguments.map {
            $0 == "SCENARIO" ? Self.tutorial : $0 == "BROKEN" ? Self.path("Tests/DemarcheScenarioTests/Broken/unknown-keys.yaml") : $0
        }
        let result = try CommandRunner.run(substituted)
        #expect(result.exitedNormally && result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    /// A failed or killed run never touches an existing report.
    @Test func existingReportSurvivesFailedAndKilledRuns() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appendingPathComponent("report.md").path
        let written = try CommandRunner.run(["run", Self.tutorial, "--runs", "300", "--out", report])
        #expect(written.status == 0 && written.standardOutput.isEmpty)
        let original = try String(contentsOfFile: report, encoding: .utf8)
        #expect(original.hasPrefix("# Tutorial"))

        let failed = try CommandRunner.run(["run", Self.path("Tests/DemarcheScenarioTests/Broken/bad-values.yaml"), "--out", report])
        #expect(failed.status != 0)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == original)

        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["run", Self.tutorial, "--runs", "4000000", "--out", report, "--quiet"]
        try process.run()
        Thread.sleep(forTimeInterval: 1.0)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try String(contentsOfFile: report, encoding: .utf8) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["report.md"], "no partial or temporary file")
    }
}

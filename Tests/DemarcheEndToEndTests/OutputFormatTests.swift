import Foundation
import Testing

/// `--out` says the format by its extension, `--format` may not contradict
/// it, and `--format csv --out DIR/` writes one tidy table per file — run
/// through the real commands. (Tests/Tidy reads the tables with pandas.)
@Suite struct OutputFormatTests {
    static let tutorial = ScenarioCommandTests.path("Scenarios/tutorial.yaml")
    static let runs = 200
    static let arguments = ["run", tutorial, "--runs", "\(runs)", "--no-timing", "--quiet"]
    static let tables = ["actor_options", "actors", "checkpoints", "cited_sources", "curves", "manifest", "markets", "orders",
                         "outcomes", "sources", "values"]

    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-format-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func text(_ url: URL) throws -> String { try String(contentsOf: url, encoding: .utf8) }

    @Test func theExtensionSaysTheFormat() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for format in ["md", "json", "html", "csv"] {
            let file = directory.appendingPathComponent("r.\(format)")
            let written = try CommandRunner.run(Self.arguments + ["-o", file.path])
            let printed = try CommandRunner.run(Self.arguments + ["-f", format])
            #expect(written.status == 0 && printed.status == 0, "\(written.standardError)")
            #expect(try text(file) == printed.standardOutput && !printed.standardOutput.isEmpty, "\(format)")
        }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("r.json"))) as? [String: Any]
        #expect(json?["format"] as? Int == 3)
        // CSV in one file is the outcomes table alone: one header, one row per outcome.
        let csv = try text(directory.appendingPathComponent("r.csv")).split(separator: "\n")
        #expect(csv.first?.hasPrefix("id,label,kind,by,by_day,probability_value,probability_low,probability_high") == true)
        #expect(csv.count == 1 + ((json?["outcomes"] as? [Any])?.count ?? -1))
        // No extension it knows: Markdown, as without --out.
        let plain = directory.appendingPathComponent("report.txt")
        #expect(try CommandRunner.run(Self.arguments + ["--out", plain.path]).status == 0)
        #expect(try text(plain).hasPrefix("# "))
    }

    @Test func aContradictingFormatIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let json = directory.appendingPathComponent("r.json").path
        let tables = directory.appendingPathComponent("tables").path + "/"
        let reference = ScenarioCommandTests.path("Scenarios/reference/ties-threat-only.yaml")
        let cases: [([String], String)] = [
            (Self.arguments + ["--out", json, "--format", "md"], "--out \(json) means --format json, but --format md was given"),
            (Self.arguments + ["-o", json, "-f", "html"], "--out \(json) means --format json, but --format html was given"),
            (Self.arguments + ["-o", tables, "-f", "json"], "--out \(tables) is a directory, which takes --format csv"),
            (["sweep", ScenarioCommandTests.path("Scenarios/huawei-sweep.yaml"), "-o", json, "-f", "csv"],
             "--out \(json) means --format json, but --format csv was given"),
            (["calibrate", reference, "-o", json, "-f", "html"], "--out \(json) means --format json, but --format html was given"),
            (["calibrate", reference, "-o", tables], "--out \(tables) is a directory, but this command writes a single file"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments)
            #expect(result.exitedNormally && result.status == 64, "\(arguments)")
            #expect(result.standardError.contains(message), "\(result.standardError)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "nothing written")
    }

    @Test func aDirectoryGetsOneTablePerFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tables = directory.appendingPathComponent("tables")
        let result = try CommandRunner.run(Self.arguments + ["-o", tables.path + "/"])
        #expect(result.status == 0 && result.standardOutput.isEmpty, "\(result.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tables.path).sorted() == Self.tables.map { $0 + ".csv" })
        let json = try #require(try CommandRunner.run(Self.arguments + ["-f", "json"]).standardOutput.data(using: .utf8))
        let report = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let outcomes = try #require(report["outcomes"] as? [[String: Any]])
        // Long format: one line per outcome and run, the header first; an event that never happened is empty.
        let values = try text(tables.appendingPathComponent("values.csv")).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(values.first == "outcome,run,value" && values.count == 1 + outcomes.count * Self.runs + 1 && values.last == "")
        let missing = outcomes.reduce(0) { $0 + (($1["values"] as? [Any])?.count { $0 is NSNull } ?? 0) }
        #expect(values.count { $0.hasSuffix(",") } == missing && missing > 0)
        // "Not reached" is the same token in JSON and CSV, never a missing key.
        let notReached = outcomes.compactMap { $0["time_to_event"] as? [String: String] }.flatMap(\.values).count { $0 == "not_reached" }
        let outcomesCSV = try text(tables.appendingPathComponent("outcomes.csv"))
        #expect(notReached > 0 && outcomesCSV.components(separatedBy: "not_reached").count - 1 >= notReached)
        #expect(outcomes.allSatisfy { Set($0.keys).isSuperset(of: ["by", "probability", "when_it_happened", "time_to_event", "mean", "p10"]) })
        // An existing directory needs no slash; with timing, the manifest has the speed.
        let again = try CommandRunner.run(["run", Self.tutorial, "--runs", "\(Self.runs)", "--quiet", "--out", tables.path])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(try text(tables.appendingPathComponent("manifest.csv")).contains(",performance_wall_seconds,"))
    }

    @Test func sweepCellsNameTheirOutcomes() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sweep = ScenarioCommandTests.path("Scenarios/huawei-sweep.yaml")
        let json = try CommandRunner.run(["sweep", sweep, "--runs", "10", "--quiet", "-f", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let ids = try #require(report["outcomes"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        let variants = try #require(report["variants"] as? [[String: Any]])
        #expect(report["format"] as? Int == 2 && !variants.isEmpty)
        for variant in variants {
            #expect(variant["variant"] is Int && variant["failed_runs"] is Int)
            #expect((variant["cells"] as? [[String: Any]])?.compactMap { $0["outcome"] as? String } == ids)
        }
        let tables = directory.appendingPathComponent("sweep").path + "/"
        #expect(try CommandRunner.run(["sweep", sweep, "--runs", "10", "--quiet", "-o", tables]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: tables).sorted() == ["cells.csv", "manifest.csv", "sensitivity.csv"])
        let cells = try String(contentsOfFile: tables + "cells.csv", encoding: .utf8).split(separator: "\n")
        #expect(cells.count == 1 + variants.count * ids.count)
    }

    /// A format-2 report (written before format 3, Fixtures/format2-tutorial.json:
    /// tutorial, 60 runs, seed 1) compares with the format-3 report of the
    /// same runs (Fixtures/format3-tutorial.json, written by the first format-3
    /// build from the same draws) as with itself: read alike. Fixtures, not a
    /// fresh run, so that a later change of the draws cannot break the check.
    @Test func compareReadsFormatTwo() throws {
        let old = ScenarioCommandTests.path("Tests/DemarcheEndToEndTests/Fixtures/format2-tutorial.json")
        let new = ScenarioCommandTests.path("Tests/DemarcheEndToEndTests/Fixtures/format3-tutorial.json")
        let itself = try CommandRunner.run(["compare", old, old])
        let across = try CommandRunner.run(["compare", old, new])
        #expect(itself.exitedNormally && itself.standardError.isEmpty, "\(itself.standardError)")
        #expect(itself.standardOutput.contains("| Ruritania excludes Acme by end 2024 "))
        #expect(across.status == itself.status)
        #expect(across.standardOutput.replacingOccurrences(of: new, with: old) == itself.standardOutput)
    }
}

import Foundation
import Testing

/// `demarche compare` end to end: PASS for two seeds of one scenario at large
/// N, FAIL when a parameter is moved far, INCONCLUSIVE at tiny N; refusals.
@Suite(.serialized) struct CompareCommandTests {
    static let scenario = ScenarioCommandTests.path("Scenarios/clean-network-2020.yaml")
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-compare-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    func report(_ name: String, runs: Int, seed: Int, _ extra: [String] = [], scenario: String = scenario) throws -> String {
        let path = Self.directory.appendingPathComponent(name).path
        let result = try CommandRunner.run(["run", scenario, "--runs", "\(runs)", "--seed", "\(seed)", "--format", "json",
                                            "--out", path, "--no-timing"] + extra)
        #expect(result.status == 0, "\(result.standardError)")
        return path
    }

    @Test func twoSeedsAtLargeNPass() throws {
        let a = try report("a.json", runs: 20_000, seed: 1)
        let b = try report("b.json", runs: 20_000, seed: 2)
        let result = try CommandRunner.run(["compare", a, b])
        #expect(result.status == 0, "\(result.standardOutput)")
        #expect(result.standardOutput.hasPrefix("## Demarche comparison: **PASS**"))
        #expect(!result.standardOutput.contains("| FAIL") && !result.standardOutput.contains("INCONCLUSIVE |"))
    }

    @Test func aParameterMovedFarFails() throws {
        let a = try report("base.json", runs: 4_000, seed: 1)
        let b = try report("moved.json", runs: 4_000, seed: 1, ["--set", "escalations.alibaba-next.probability=1"])
        let result = try CommandRunner.run(["compare", a, b, "--format", "json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        let alibaba = try #require(rows.first { $0["id"] as? String == "alibaba-targeted" && ($0["measure"] as? String ?? "").hasPrefix("probability") })
        #expect(alibaba["verdict"] as? String == "FAIL")
        #expect((object["notes"] as? [String] ?? []).contains { $0.hasPrefix("Different overrides") })
    }

    @Test func tinySamplesAreInconclusive() throws {
        let a = try report("tiny-a.json", runs: 30, seed: 1)
        let b = try report("tiny-b.json", runs: 30, seed: 2)
        let result = try CommandRunner.run(["compare", a, b])
        #expect(result.status == 2, "\(result.standardOutput)")
        #expect(result.standardOutput.hasPrefix("## Demarche comparison: **INCONCLUSIVE**"))
    }

    @Test func differentScenariosNeedConsent() throws {
        let a = try report("clean.json", runs: 200, seed: 1)
        let b = try report("tutorial.json", runs: 200, seed: 1, scenario: ScenarioCommandTests.path("Scenarios/tutorial.yaml"))
        let refused = try CommandRunner.run(["compare", a, b])
        #expect(refused.status == 2 && refused.standardError.contains("pass --allow-different-scenarios"))
        // These two share no outcome: nothing to compare, which is no PASS (CompareInputTests has variants that do).
        let allowed = try CommandRunner.run(["compare", a, b, "--allow-different-scenarios"])
        #expect(allowed.status == 2 && allowed.standardError.contains("have no outcome in common"), "\(allowed.standardError)")
    }

    /// Reports drawn with different generators are not the same draws:
    /// refused (exit 2) unless `--allow-different-generators`, then noted.
    @Test func differentGeneratorsNeedConsent() throws {
        let a = try report("philox.json", runs: 2_000, seed: 1)
        let b = try report("mt19937.json", runs: 2_000, seed: 1, ["--generator", "mt19937"])
        let refused = try CommandRunner.run(["compare", a, b])
        #expect(refused.status == 2 && refused.standardError.contains("(philox4x32 vs mt19937)")
                && refused.standardError.contains("pass --allow-different-generators"))
        let allowed = try CommandRunner.run(["compare", a, b, "--allow-different-generators"])
        #expect(allowed.standardOutput.contains("> Different random generators: philox4x32 vs mt19937."))
        #expect(allowed.status != 1, "\(allowed.standardOutput)")
    }

    @Test func incompatibleOrBrokenReportsAreRefused() throws {
        let a = try report("v.json", runs: 100, seed: 1)
        let text = try String(contentsOfFile: a, encoding: .utf8)
        let future = Self.directory.appendingPathComponent("future.json").path
        try text.replacingOccurrences(of: "\"format\" : 3,", with: "\"format\" : 99,").write(toFile: future, atomically: true, encoding: .utf8)
        let refused = try CommandRunner.run(["compare", a, future])
        #expect(refused.status == 2 && refused.standardError.contains("report format 99, but this Demarche reads formats 2 and 3"))
        let garbage = Self.directory.appendingPathComponent("garbage.json").path
        try "not json".write(toFile: garbage, atomically: true, encoding: .utf8)
        let unreadable = try CommandRunner.run(["compare", a, garbage])
        #expect(unreadable.exitedNormally && unreadable.status == 2 && unreadable.standardError.contains("not a Demarche JSON report"))
    }
}

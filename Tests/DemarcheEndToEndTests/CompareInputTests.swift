import Foundation
import Testing

/// Reports are input: `compare` never says PASS about nothing, lists an
/// outcome whose kind changed as a difference, and refuses a report whose
/// values do not add up, naming the file and the outcome.
@Suite(.serialized) struct CompareInputTests {
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-compare-input-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    /// The tutorial at 400 runs (outcome `acme-share` is a share).
    static let report: String = {
        let path = directory.appendingPathComponent("a.json").path
        _ = try? CommandRunner.run(["run", ScenarioCommandTests.path("Scenarios/tutorial.yaml"), "--runs", "400", "--format", "json",
                                    "--no-timing", "--out", path])
        return path
    }()

    /// The report rewritten by `edit` on each outcome (as parsed JSON).
    func edited(_ name: String, _ edit: @escaping (inout [String: Any]) -> Void) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.report))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var outcomes = try #require(object["outcomes"] as? [[String: Any]])
        for index in outcomes.indices { edit(&outcomes[index]) }
        object["outcomes"] = outcomes
        let path = Self.directory.appendingPathComponent(name).path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func reportsWithNoOutcomeInCommonAreNoPass() throws {
        let renamed = try edited("renamed.json") { $0["id"] = "other-\($0["id"] ?? "")" }
        let result = try CommandRunner.run(["compare", Self.report, renamed])
        #expect(result.exitedNormally && result.status == 2, "\(result.standardOutput)")
        #expect(result.standardError.contains("have no outcome in common"), "\(result.standardError)")
        #expect(!result.standardOutput.contains("PASS"))
    }

    @Test func aChangedKindIsListedAndCountsAsADifference() throws {
        let changed = try edited("kind.json") { if $0["id"] as? String == "acme-share" { $0["kind"] = "attribute" } }
        let result = try CommandRunner.run(["compare", Self.report, changed])
        #expect(result.status == 1, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.hasPrefix("## Demarche comparison: **FAIL**"))
        #expect(result.standardOutput.contains("> Kind changed: `acme-share` is share in A, attribute in B"))
        #expect(result.standardOutput.contains("· 1 changed kind: acme-share"))
        let json = try CommandRunner.run(["compare", Self.report, changed, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let changes = try #require(object["changedKinds"] as? [[String: Any]])
        #expect(changes.count == 1 && changes[0]["id"] as? String == "acme-share" && changes[0]["b"] as? String == "attribute")
        let same = try CommandRunner.run(["compare", Self.report, Self.report])
        #expect(same.status != 1 && !same.standardOutput.contains("Kind changed"), "\(same.standardOutput)")
    }

    /// Variants (another scenario's SHA-256) that share some outcomes are compared on those, and the rest listed.
    @Test func variantsAreComparedOnTheOutcomesTheyShare() throws {
        let variant = try edited("variant.json") { if $0["id"] as? String == "divested" { $0["id"] = "sold" } }
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: variant))) as? [String: Any])
        var manifest = try #require(object["manifest"] as? [String: Any])
        manifest["scenario_sha256"] = String(repeating: "0", count: 64)
        object["manifest"] = manifest
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: variant))
        let refused = try CommandRunner.run(["compare", Self.report, variant])
        #expect(refused.status == 2 && refused.standardError.contains("pass --allow-different-scenarios"))
        let allowed = try CommandRunner.run(["compare", Self.report, variant, "--allow-different-scenarios"])
        #expect(allowed.standardOutput.contains("> Different scenarios (variants)"))
        #expect(allowed.standardOutput.contains("in only one report: divested, sold"), "\(allowed.standardOutput)")
    }

    @Test(arguments: [
        ("share", "outcome 'acme-share': run 3: 2.5 is outside 0…1"),
        ("count", "outcome 'exclusions': run 3: -1.0 is not a count"),
        ("truncated", "outcome 'exclusions': 10 values for the 400 runs of the manifest"),
        ("nan", "outcome 'acme-share': run 3: nan is not a finite number"),
    ])
    func impossibleValuesAreRefused(edit: String, message: String) throws {
        let broken = try edited("\(edit).json") { outcome in
            var values = outcome["values"] as? [Any] ?? []
            switch (edit, outcome["id"] as? String) {
            case ("share", "acme-share"): values[3] = 2.5
            case ("count", "exclusions"): values[3] = -1
            case ("truncated", "exclusions"): values = Array(values.prefix(10))
            case ("nan", "acme-share"): values[3] = "nan"
            default: return
            }
            outcome["values"] = values
        }
        let result = try CommandRunner.run(["compare", Self.report, broken])
        #expect(result.exitedNormally && result.status == 2)
        #expect(result.standardError.contains("\(broken): \(message)"), "\(result.standardError)")
    }
}

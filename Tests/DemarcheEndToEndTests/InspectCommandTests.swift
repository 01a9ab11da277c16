import Foundation
import Testing

/// `demarche inspect` end to end: every outcome, every parameter path that
/// `--set` accepts (with its value or distribution and its source), and the
/// event names, in Markdown and JSON.
@Suite struct InspectCommandTests {
    @Test func listsOutcomesParametersAndEvents() throws {
        let file = ScenarioCommandTests.path("Scenarios/tutorial.yaml")
        let result = try CommandRunner.run(["inspect", file, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let outcomes = try #require(object["outcomes"] as? [[String: Any]])
        #expect(outcomes.count == 8)
        let inForce = try #require(outcomes.first { $0["id"] as? String == "ban-in-force" })
        #expect(inForce["kind"] as? String == "in_force" && inForce["date"] as? String == "2025-06-30")
        let parameters = try #require(object["parameters"] as? [[String: Any]])
        let opposition = try #require(parameters.first { $0["path"] as? String == "actors.ruritania.opposition" })
        #expect(opposition["value"] as? String == "beta(alpha 2, beta 5)")
        #expect(opposition["source"] as? String == "assumption")
        #expect(parameters.contains { $0["path"] as? String == "actors.washington.alignment" && $0["source"] as? String == "default" })
        let events = try #require(object["events"] as? [String])
        #expect(events.contains("order.widgetco-divest.divested") && events.contains("order.widgetco-divest.complied"))
        #expect(events == events.sorted())
        // Every listed path is one --set accepts.
        let path = try #require(parameters.last?["path"] as? String)
        let set = try CommandRunner.run(["inspect", file, "--set", "\(path)=0.5"])
        #expect(set.status == 0, "\(set.standardError)")
        #expect(set.standardOutput.contains("| \(path)"), "the override shows")
        #expect(set.standardOutput.contains("override (--set)"))
    }

    @Test func refusesABrokenFileWithItsDiagnostics() throws {
        let file = ScenarioCommandTests.path("Tests/DemarcheScenarioTests/Broken/unknown-keys.yaml")
        let result = try CommandRunner.run(["inspect", file])
        #expect(result.exitedNormally && result.status == 1)
        #expect(result.standardError.contains("unknown key 'opositon'"))
    }
}

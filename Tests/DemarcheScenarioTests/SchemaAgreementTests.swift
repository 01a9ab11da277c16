@testable import DemarcheScenario
import Foundation
import Testing

/// The JSON Schema `demarche schema` prints and the reader agree: the bundled
/// files pass the schema as an editor checks it, and what the schema allows
/// where the reader takes a list — one item instead of a list of one — the
/// reader reads as that list of one.
@Suite struct SchemaAgreementTests {
    static let scenarios = FormatCoverageTests.tutorial.deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: scenarios.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: ["huawei-5g-europe-2019.yaml", "clean-network-2020.yaml", "tutorial.yaml"])
    func bundledScenariosPassTheSchema(file: String) throws {
        let problems = try SchemaCheck.problems(try Self.text(file), against: ScenarioSchema.json(.scenario))
        #expect(problems == [])
    }

    @Test func kitchenSinkPassesTheSchema() throws {
        let problems = try SchemaCheck.problems(KitchenSink.text, against: ScenarioSchema.json(.scenario))
        #expect(problems == [])
    }

    @Test func bundledSweepPassesTheSchema() throws {
        let problems = try SchemaCheck.problems(try Self.text("huawei-sweep.yaml"), against: ScenarioSchema.json(.sweep))
        #expect(problems == [])
    }

    @Test(arguments: ["ties-threats.yaml", "ties-threat-only.yaml", "ties-us-threats.yaml"])
    func bundledReferenceClassesPassTheSchema(file: String) throws {
        let problems = try SchemaCheck.problems(try Self.text("reference/\(file)"), against: ScenarioSchema.json(.reference))
        #expect(problems == [])
    }

    /// The schema's check is real: it refuses what the reader refuses.
    @Test func theCheckRefusesWhatTheReaderRefuses() throws {
        let schema = ScenarioSchema.json(.scenario)
        let broken = KitchenSink.text.replacingOccurrences(of: "max_firings: 2", with: "max_firings: two")
            .replacingOccurrences(of: "kind: court", with: "kind: judge")
        let problems = try SchemaCheck.problems(broken + "\nextra: 1\n", against: schema)
        #expect(problems.contains("triggers.tr.max_firings: expected integer, found string"))
        #expect(problems.contains { $0.hasPrefix("actors.c.kind: not one of") })
        #expect(problems.contains(": 'extra' is not allowed"))
    }

    /// `if`, `then`, `instruments` and `relations` with one mapping instead
    /// of a list: the schema allows it, and the reader reads a list of one.
    @Test func oneMappingReadsAsAListOfOne() throws {
        func scenario(_ one: (String) -> String) -> String {
            """
            demarche: 1
            name: one item
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors: { us: { kind: state }, uk: { kind: state } }
            relations: \(one("{ from: us, to: uk, kind: alliance, weight: 2 }"))
            markets: { uk-5g: { country: uk, sector: 5G, shares: { acme: 0.5, other: 0.5 } } }
            campaigns:
              c: { sender: us, vendor: acme, targets: uk, instruments: \(one("{ kind: visit, every: 20d, magnitude: 0.5 }")) }
            decisions:
              uk-5g:
                actor: uk
                monthly_hazard: 0.05
                coefficients: { pressure: 0.8 }
                options: { exclude: { exclusion: { market: uk-5g, vendor: acme, kind: full } } }
            shocks:
              vote: { at: 2024-06-01, outcomes: { yes: { probability: 0.5, then: \(one("{ after: 10d, stop: c }")) }, no: { probability: 0.5 } } }
            triggers:
              t: { on: shock.vote.no, if: \(one("{ not_occurred: decision.uk-5g.exclude }")), pressure: { on: uk, magnitude: 1 } }
            outcomes:
              excluded: { event: decision.uk-5g.exclude }
              stopped-or-pressed: { count: [shock.vote.yes, trigger.t] }
            """
        }
        let single = scenario { $0 }
        let listed = scenario { "[\($0)]" }
        let schema = ScenarioSchema.json(.scenario)
        #expect(try SchemaCheck.problems(single, against: schema) == [])
        #expect(try SchemaCheck.problems(listed, against: schema) == [])
        let one = try ScenarioLoader.load(text: single, file: "single.yaml").model
        let list = try ScenarioLoader.load(text: listed, file: "listed.yaml").model
        #expect(one.relations.count == 1 && one.campaigns[0].instruments.count == 1)
        #expect(one.shocks[0].outcomes[0].consequences.count == 1 && one.triggers[0].conditions.count == 1)
        #expect(one.parameters.entries.map(\.path) == list.parameters.entries.map(\.path))
    }

    /// A mistake inside the one item is reported with the path of a list of one.
    @Test func oneMappingsProblemsAreLocatedAsInAListOfOne() {
        let text = KitchenSink.text.replacingOccurrences(
            of: "  - { from: s, to: t, kind: alliance, weight: { dist: gamma, shape: 2, scale: 0.1 } }",
            with: "  { from: s, to: t, kind: allaince }")
        #expect {
            _ = try ScenarioLoader.load(text: text, file: "k.yaml")
        } throws: { error in
            "\(error)".contains("error: relations.0.kind: expected one of alliance, intelligence, trade, found 'allaince'")
        }
    }
}

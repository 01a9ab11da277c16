import DemarcheModel
import DemarcheRandom
import DemarcheScenario
import Testing

/// Runs a scenario written inline through the real loader and model.
enum ScenarioRunner {
    /// The common head of test scenarios: a year from 2024-01-01.
    static func scenario(_ body: String, horizon: String = "2024-12-31") -> String {
        """
        demarche: 1
        name: test
        as_of: 2024-01-01
        start: 2024-01-01
        horizon: \(horizon)
        \(body)
        """
    }

    /// A scenario in which `us` issues order `id` against `firm` on
    /// `issued`: `keys` are the order's other keys (unindented YAML lines),
    /// `sections` what follows (outcomes, and any other section).
    static func order(_ id: String, issued: String = "2024-01-01", _ keys: String, _ sections: String) -> String {
        let indented = keys.split(separator: "\n").map { "    \($0)" }.joined(separator: "\n")
        return scenario("""
            actors:
              us: { kind: state }
              firm: { kind: firm }
            orders:
              \(id):
                issuer: us
                target: firm
                issued: \(issued)
            \(indented)
            \(sections)
            """)
    }

    static func load(_ text: String) throws -> Model {
        try ScenarioLoader.load(text: text, file: "test.yaml").model
    }

    /// Outcome values of `runs` replications (one row per replication).
    static func outcomes(_ text: String, runs: Int, seed: UInt64 = 1) throws -> [[Double]] {
        let plan = ReplicationPlan(try load(text))
        let streams = ReplicationStreams(masterSeed: seed, replication: 0)
        return try (0..<runs).map { replication in
            streams.reset(toReplication: UInt32(replication))
            var run = Replication(plan: plan, streams: streams)
            return try run.run().outcomes
        }
    }

    /// The share of replications where `outcome` (a time) is at most `day`.
    static func probability(_ rows: [[Double]], outcome: Int = 0, byDay day: Double) -> Double {
        Double(rows.count { $0[outcome] <= day }) / Double(rows.count)
    }

    /// |observed − expected| ≤ 4 standard errors of a proportion over `runs`.
    static func within4SE(_ observed: Double, _ expected: Double, runs: Int) -> Bool {
        abs(observed - expected) <= 4 * (expected * (1 - expected) / Double(runs)).squareRoot() + 1e-12
    }

    /// Expects, at each of `days`, the share of `rows` where `outcome` has
    /// happened to be within 4 standard errors of `expected(day)`.
    static func expectShares(
        _ rows: [[Double]], outcome: Int, days: [Double], _ expected: (Double) -> Double, _ label: String
    ) {
        for day in days {
            let observed = probability(rows, outcome: outcome, byDay: day)
            #expect(within4SE(observed, expected(day), runs: rows.count), "\(label), day \(day): \(observed) vs \(expected(day))")
        }
    }
}

import DemarcheModel
import DemarcheRandom
import Foundation
import Testing

/// A threat carried out or dropped, through the real loader and model,
/// against closed forms (20,000 runs, 4 standard errors).
@Suite struct ThreatFollowThroughTests {
    static let runs = 20_000

    /// A campaign of one threat on `uk`, with `extra` sections.
    func scenario(_ threat: String, extra: String = "", outcomes: String) -> String {
        ScenarioRunner.scenario("""
            actors: { us: { kind: state }, uk: { kind: state } }
            campaigns:
              c:
                sender: us
                vendor: acme
                targets: [uk]
                half_life: 90d
                instruments:
                  - id: intel
                    kind: threat
            \(threat)
            \(extra)
            outcomes:
            \(outcomes)
            """)
    }


    /// Made on day 0; carried out with probability 0.3 after Exp(mean 60 d),
    /// dropped with probability 0.5 after Exp(mean 120 d), else it hangs:
    /// P(carried out by t) = 0.3 (1 − e^(−t/60)), P(dropped by t) =
    /// 0.5 (1 − e^(−t/120)); never both.
    @Test func carriedOutOrDroppedWithTheirProbabilitiesAndDelays() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                    at: 2024-01-01
                    carried_out: { probability: 0.3, after: { dist: exponential, mean: 60d } }
                    dropped: { probability: 0.5, after: { dist: exponential, mean: 120d } }
            """, outcomes: """
              carried: { event: campaign.c.intel.carried_out }
              dropped: { event: campaign.c.intel.dropped }
            """), runs: Self.runs)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [20, 90, 365], { 0.3 * (1 - exp(-$0 / 60)) }, "carried out")
        ScenarioRunner.expectShares(rows, outcome: 1, days: [20, 90, 365], { 0.5 * (1 - exp(-$0 / 120)) }, "dropped")
        #expect(rows.allSatisfy { !($0[0].isFinite && $0[1].isFinite) })
    }

    /// Carried out for sure after Exp(mean 50 d) unless the target complies
    /// first (constant hazard r = 0.3/30 per day, independent of pressure):
    /// P(carried out by t) = (1/50)/(1/50 + r) · (1 − e^(−(1/50 + r) t)).
    @Test func complianceFirstCancelsTheMeasure() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                    at: 2024-01-01
                    carried_out: { probability: 1, after: { dist: exponential, mean: 50d }, unless: [decision.d.exclude] }
            """, extra: """
            decisions:
              d: { actor: uk, monthly_hazard: 0.3, options: { exclude: { complies: true } } }
            """, outcomes: """
              carried: { event: campaign.c.intel.carried_out }
              complied: { event: decision.d.exclude }
            """), runs: Self.runs)
        let (a, r) = (1.0 / 50, 0.01)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [30, 100, 365], { a / (a + r) * (1 - exp(-(a + r) * $0)) }, "carried out")
        #expect(rows.allSatisfy { !($0[0].isFinite && $0[1] < $0[0]) }, "never carried out after compliance")
    }

    /// The carried-out measure is pressure on the target: a threat of
    /// magnitude 0 carried out on day 100 with magnitude 2 (half-life 90 d,
    /// pressure coefficient 1) makes the compliance hazard
    /// r · exp(2 · 2^(−(t−100)/90)) from day 100, so
    /// P(by t) = 1 − exp(−r·100 − r ∫₀^(t−100) exp(2 · 2^(−u/90)) du).
    @Test func theMeasureRaisesTheTargetsHazard() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                    at: 2024-01-01
                    magnitude: 0
                    carried_out: { probability: 1, after: 100d, magnitude: 2 }
            """, extra: """
            decisions:
              d: { actor: uk, monthly_hazard: 0.3, coefficients: { pressure: 1 }, options: { exclude: { complies: true } } }
            """, outcomes: """
              complied: { event: decision.d.exclude }
              carried: { event: campaign.c.intel.carried_out }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { $0[1] == 100 })
        let r = 0.01
        ScenarioRunner.expectShares(rows, outcome: 0, days: [50, 150, 250, 365], { day in
            day <= 100 ? 1 - exp(-r * day)
                : 1 - exp(-r * 100 - r * CompetingHazardTests.integral(from: 0, over: day - 100) { exp(2 * exp2(-$0 / 90)) })
        }, "complied")
    }

    /// A threat made 60 days before the start is known to be unresolved at
    /// the start: with probability 0.5 of being carried out after Exp(mean
    /// 90 d), P(carried out eventually | not by the start) =
    /// q = 0.5 e^(−60/90) / (0.5 e^(−60/90) + 0.5), and by memorylessness
    /// P(carried out by t) = q (1 − e^(−t/90)); nothing before the start.
    @Test func aThreatMadeBeforeTheStartIsDrawnGivenItIsUnresolved() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
                    at: 2023-11-02
                    carried_out: { probability: 0.5, after: { dist: exponential, mean: 90d } }
            """, outcomes: """
              carried: { event: campaign.c.intel.carried_out }
            """), runs: Self.runs)
        let q = 0.5 * exp(-60.0 / 90) / (0.5 * exp(-60.0 / 90) + 0.5)
        #expect(rows.allSatisfy { $0[0] >= 0 })
        ScenarioRunner.expectShares(rows, outcome: 0, days: [1, 60, 365], { q * (1 - exp(-$0 / 90)) }, "carried out")
    }

    /// A threat repeated every 30 days and carried out 45 days after it is
    /// first made (day 30) lands on days 30 and 60 only; the measure comes on
    /// day 75 and its effect (an alignment cut) applies.
    @Test func aCarriedOutThreatStopsRecurring() throws {
        let plan = ReplicationPlan(try ScenarioRunner.load(scenario("""
                    every: 30d
                    carried_out: { probability: 1, after: 45d, adjust: { actor: uk, attribute: alignment, by: -0.25 } }
            """, outcomes: """
              alignment: { attribute: { actor: uk, attribute: alignment } }
            """)))
        var run = Replication(plan: plan, streams: ReplicationStreams(masterSeed: 1, replication: 0), trace: true)
        let result = try run.run()
        #expect(result.trace.filter { $0.event == "campaign.c.threat" }.map(\.time) == [30, 60])
        #expect(result.trace.filter { $0.event == "campaign.c.intel.carried_out" }.map(\.time) == [75])
        #expect(result.outcomes == [0.25])
    }
}

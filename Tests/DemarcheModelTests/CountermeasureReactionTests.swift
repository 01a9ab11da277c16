import Foundation
import Testing

/// A patron's formal measures and rhetoric as distinct outcomes, and the
/// cost a formal measure puts on the target it hits, through the real
/// loader and model against closed forms (20,000 runs, 4 standard errors).
@Suite struct CountermeasureReactionTests {
    static let runs = 20_000

    /// `t` complied on day 0 (`d`); `extra` adds decisions and the countermeasure.
    func scenario(_ extra: String, outcomes: String) -> String {
        ScenarioRunner.scenario("""
            actors: { t: { kind: state }, u: { kind: state }, patron: { kind: state } }
            decisions:
              d: { actor: t, monthly_hazard: 0, options: { exclude: { complies: true } }, decided: { option: exclude, on: 2024-01-01 } }
            \(extra)
            outcomes:
            \(outcomes)
            """)
    }


    /// Independent reactions: P(formal by t) = 0.3 (1 − e^(−t/30)),
    /// P(rhetoric by t) = 0.8 (1 − e^(−t/5)), P(both by the horizon) = 0.24;
    /// `countermeasure.p` is the formal measure's other name.
    @Test func formalMeasuresAndRhetoricAreDistinctOutcomes() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
            countermeasures:
              p:
                by: patron
                decisions: [d]
                formal: { probability: 0.3, after: { dist: exponential, mean: 30d } }
                rhetoric: { probability: 0.8, after: { dist: exponential, mean: 5d } }
            """, outcomes: """
              formal: { event: countermeasure.p.formal }
              rhetoric: { event: countermeasure.p.rhetoric }
              old-name: { event: countermeasure.p }
            """), runs: Self.runs)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [10, 60, 365], { 0.3 * (1 - exp(-$0 / 30)) }, "formal")
        ScenarioRunner.expectShares(rows, outcome: 1, days: [2, 10, 365], { 0.8 * (1 - exp(-$0 / 5)) }, "rhetoric")
        let both = Double(rows.count { $0[0].isFinite && $0[1].isFinite }) / Double(Self.runs)
        #expect(ScenarioRunner.within4SE(both, 0.24, runs: Self.runs), "both: \(both)")
        #expect(rows.allSatisfy { $0[2] == $0[0] || ($0[2].isInfinite && $0[0].isInfinite) })
    }

    /// The older spelling (`probability`, `after` on the countermeasure) is
    /// the formal measure, and there is no rhetoric.
    @Test func theOlderSpellingIsTheFormalMeasure() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
            countermeasures:
              p: { by: patron, decisions: [d], probability: 0.4, after: 10d }
            """, outcomes: """
              formal: { event: countermeasure.p.formal }
              rhetoric: { event: countermeasure.p.rhetoric }
            """), runs: Self.runs)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [365], { _ in 0.4 }, "formal")
        #expect(rows.allSatisfy { ($0[0] == 10 || $0[0].isInfinite) && $0[1].isInfinite })
    }

    /// A formal measure on day 100 with severity 1.5 raises the cost of the
    /// hit target's other decision `d2` (hazard r = 0.3/30 per day, cost
    /// coefficient −1): P(d2 by t) = 1 − exp(−r·min(t, 100) − r e^(−1.5) (t − 100)⁺);
    /// the same decision of a bystander `u` keeps 1 − e^(−rt).
    @Test func aFormalMeasureRaisesTheCostOfTheTargetItHits() throws {
        let rows = try ScenarioRunner.outcomes(scenario("""
              d2: { actor: t, monthly_hazard: 0.3, coefficients: { cost: -1 }, options: { go: {} } }
              du: { actor: u, monthly_hazard: 0.3, coefficients: { cost: -1 }, options: { go: {} } }
            countermeasures:
              p: { by: patron, decisions: [d], formal: { probability: 1, after: 100d }, severity: 1.5 }
            """, outcomes: """
              hit: { event: decision.d2.go }
              bystander: { event: decision.du.go }
            """), runs: Self.runs)
        let r = 0.01
        ScenarioRunner.expectShares(rows, outcome: 0, days: [50, 200, 365], { 1 - exp(-r * min($0, 100) - r * exp(-1.5) * max($0 - 100, 0)) }, "hit")
        ScenarioRunner.expectShares(rows, outcome: 1, days: [200, 365], { 1 - exp(-r * $0) }, "bystander")
    }

    /// Only the formal measure threatens: a punished decision's hazard is
    /// r · exp(β · p_formal · severity) = r e^(−1) with β = −1, p_formal =
    /// 0.5, severity 2, whatever the rhetoric (here certain).
    @Test func onlyTheFormalMeasureDeters() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { t: { kind: state }, patron: { kind: state } }
            decisions:
              d: { actor: t, monthly_hazard: 0.3, coefficients: { retaliation: -1 }, options: { exclude: { complies: true } } }
            countermeasures:
              p: { by: patron, decisions: [d], formal: { probability: 0.5 }, rhetoric: { probability: 1 }, severity: 2 }
            outcomes:
              complied: { event: decision.d.exclude }
            """), runs: Self.runs)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [100, 365], { 1 - exp(-0.01 * exp(-1) * $0) }, "complied")
    }
}

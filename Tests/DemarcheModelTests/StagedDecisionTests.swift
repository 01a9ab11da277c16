import Foundation
import Testing

/// Staged decisions (an option that opens the next stage) and
/// prerequisites, through the real loader and model, against closed forms
/// (20,000 runs, 4 standard errors).
@Suite struct StagedDecisionTests {
    static let runs = 20_000


    /// A cap (hazard α = 0.3/30 per day) whose option `cap` (weight 1 against
    /// `refuse` of weight w) opens a full ban (hazard β = 0.6/30 per day from
    /// then): the ban comes after the sum of two exponentials, so
    /// P(ban by t) = 1/(1+w) · ∫₀ᵗ α e^(−αs) (1 − e^(−β(t−s))) ds
    ///            = 1/(1+w) · (1 − (β e^(−αt) − α e^(−βt)) / (β − α)).
    @Test(arguments: [0.0, 1.0])
    func aStagedBanIsTheConvolutionOfTwoHazards(refuseWeight w: Double) throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { uk: { kind: state } }
            decisions:
              cap:
                actor: uk
                monthly_hazard: 0.3
                options:
                  cap: { complies: true, opens: [ban] }
                  refuse: { weight: \(w) }
              ban:
                actor: uk
                monthly_hazard: 0.6
                active: false
                options: { ban: { complies: true } }
            outcomes:
              capped: { event: decision.cap.cap }
              banned: { event: decision.ban.ban }
            """), runs: Self.runs)
        let (α, β, share) = (0.01, 0.02, 1 / (1 + w))
        ScenarioRunner.expectShares(rows, outcome: 0, days: [60, 365], { share * (1 - exp(-α * $0)) }, "capped")
        ScenarioRunner.expectShares(rows, outcome: 1, days: [60, 150, 365], { share * (1 - (β * exp(-α * $0) - α * exp(-β * $0)) / (β - α)) }, "banned")
        #expect(rows.allSatisfy { !$0[1].isFinite || $0[0] < $0[1] }, "a ban only after a cap")
    }

    /// Prerequisites: `both` requires two shock outcomes (days 50 and 100,
    /// each of probability ½): P(by t) = ¼ (1 − e^(−β(t−100))) for t ≥ 100.
    /// `dormant` requires the first and is activated on day 150:
    /// P(by t) = ½ (1 − e^(−β(t−150))). `aged` (Weibull k = 0.6, λ = 150 d)
    /// requires the second, and its age starts then:
    /// P(by t) = ½ (1 − exp(−((t−100)/150)^0.6)). Nothing before its start.
    @Test func prerequisitesGateAndDateTheStart() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { uk: { kind: state } }
            shocks:
              a: { at: 2024-02-20, outcomes: { yes: { probability: 0.5 }, no: { probability: 0.5 } } }
              b: { at: 2024-04-10, outcomes: { yes: { probability: 0.5 }, no: { probability: 0.5 } } }
            escalations:
              go: { probability: 1, after: 150d, activate: [dormant] }
            decisions:
              both: { actor: uk, monthly_hazard: 0.6, requires: [shock.a.yes, shock.b.yes], options: { go: {} } }
              dormant: { actor: uk, monthly_hazard: 0.6, active: false, requires: shock.a.yes, options: { go: {} } }
              aged: { actor: uk, weibull: { shape: 0.6, scale: 150d }, requires: [shock.b.yes], options: { go: {} } }
            outcomes:
              both: { event: decision.both.go }
              dormant: { event: decision.dormant.go }
              aged: { event: decision.aged.go }
            """), runs: Self.runs)
        let β = 0.02
        #expect(rows.allSatisfy { $0[0] >= 100 && $0[1] >= 150 && $0[2] >= 100 })
        ScenarioRunner.expectShares(rows, outcome: 0, days: [130, 365], { 0.25 * (1 - exp(-β * ($0 - 100))) }, "both")
        ScenarioRunner.expectShares(rows, outcome: 1, days: [200, 365], { 0.5 * (1 - exp(-β * ($0 - 150))) }, "dormant")
        ScenarioRunner.expectShares(rows, outcome: 2, days: [110, 200, 365], { 0.5 * (1 - exp(-pow(($0 - 100) / 150, 0.6))) }, "aged")
    }

    /// A cap decided before the start opens the ban at the start:
    /// P(ban by t) = 1 − e^(−βt).
    @Test func aPriorDecisionOpensItsStageAtTheStart() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { uk: { kind: state } }
            decisions:
              cap:
                actor: uk
                monthly_hazard: 0
                options: { cap: { complies: true, opens: ban } }
                decided: { option: cap, on: 2023-06-01 }
              ban: { actor: uk, monthly_hazard: 0.6, active: false, options: { ban: {} } }
            outcomes:
              banned: { event: decision.ban.ban }
            """), runs: Self.runs)
        ScenarioRunner.expectShares(rows, outcome: 0, days: [30, 365], { 1 - exp(-0.02 * $0) }, "banned")
    }
}

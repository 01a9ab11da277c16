import Foundation
import Testing

/// A decision's option complying with an order through a `comply` effect: a
/// divestiture with no compliance clock of its own is sold when the firm
/// decides, missed at its deadline if it has not yet, and closed by a late
/// sale. Day 0 is 2024-01-01; the end of day k is the instant k + 1.
@Suite struct ComplyEffectTests {
    static let runs = 20_000

    /// The firm decides after T ~ Exp(rate 0.3 per 30 days); a zero-delay
    /// trigger complies. Divested exactly at T; missed at day 90 iff T ≥ 90;
    /// in force at the end of day 100 iff 90 ≤ T and T ≥ 101, so
    /// P = e^(−101·0.01).
    @Test func decisionCompliesBeforeOrAfterTheDeadline() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("sell", """
            kind: divestiture
            deadline: 90d
            """, """
            decisions:
              sale: { actor: firm, monthly_hazard: 0.3, options: { divest: ~ } }
            triggers:
              sold: { on: [decision.sale.divest], comply: [sell] }
            outcomes:
              decided: { event: decision.sale.divest }
              divested: { event: order.sell.divested }
              missed: { event: order.sell.missed }
              in-force: { in_force: sell, on: 2024-04-10 }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { $0[1] == $0[0] }, "divested exactly when decided")
        #expect(rows.allSatisfy { $0[0] < 90 ? !$0[2].isFinite : $0[2] == 90 }, "missed at the deadline iff not yet sold")
        #expect(rows.allSatisfy { ($0[3] == 1) == ($0[0] >= 101) })
        let inForce = Double(rows.count { $0[3] == 1 }) / Double(Self.runs)
        #expect(ScenarioRunner.within4SE(inForce, exp(-101 * 0.01), runs: Self.runs), "\(inForce)")
        ScenarioRunner.expectShares(rows, outcome: 1, days: [30, 90, 200], { 1 - exp(-$0 * 0.01) }, "divested")
    }

    /// A `comply` effect does nothing to a revoked or not yet issued order.
    @Test func complyLeavesClosedAndDormantOrdersAlone() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { us: { kind: state }, firm: { kind: firm } }
            orders:
              gone: { issuer: us, target: firm, issued: 2024-01-01, kind: divestiture, deadline: 90d }
              later: { issuer: us, target: firm, issued: on_activation, kind: divestiture, deadline: 90d }
            shocks:
              repeal: { at: 2024-02-01, outcomes: { yes: { probability: 1, then: [{ revoke: [gone] }] } } }
            escalations:
              comply-anyway: { probability: 1, after: 60d, comply: [gone, later] }
            outcomes:
              gone-divested: { event: order.gone.divested }
              later-divested: { event: order.later.divested }
              revoked: { event: order.gone.revoked }
            """), runs: 3)
        #expect(rows.allSatisfy { !$0[0].isFinite && !$0[1].isFinite && $0[2] == 31 })
    }
}

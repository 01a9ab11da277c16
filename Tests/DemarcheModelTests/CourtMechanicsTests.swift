import Foundation
import Testing

/// Courts against their closed forms: a challenge filed after the order took
/// effect, an injunction of an order in force, an appeal that reinstates it,
/// a deadline that passed while enjoined, compliance paused by an injunction,
/// a revocation of an enjoined order. Day 0 is 2024-01-01.
@Suite struct CourtMechanicsTests {
    static let runs = 20_000
    /// 1 − e^(−u/m) for u > 0, else 0: the exponential CDF.
    static func exponentialCDF(_ u: Double, mean: Double) -> Double { u > 0 ? 1 - exp(-u / mean) : 0 }

    /// A ban in force from day 30, challenged 10 days after it took effect
    /// (day 40), ruled after X ~ Exp(mean 40): enjoined at E = 40 + X with
    /// q = 0.6; the issuer always appeals and the order is reinstated with
    /// r = 0.5 at E + 50. For t ≥ 30,
    /// P(in force at t) = 1 − q·[F(t − 40) − r·F(t − 90)], F the Exp(40) CDF.
    @Test func injunctionAfterEffectAndReinstatementOnAppeal() throws {
        let (q, r) = (0.6, 0.5)
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("ban", """
            deadline: 30d
            court:
              probability: 1
              from: effect
              filed_after: 10d
              ruling_after: { dist: exponential, mean: 40d }
              enjoin_probability: \(q)
              appeal: { after: 50d, reinstate_probability: \(r) }
            """, """
            outcomes:
              effective: { event: order.ban.effective }
              challenged: { event: order.ban.challenged }
              enjoined: { event: order.ban.enjoined }
              reinstated: { event: order.ban.reinstated }
              upheld: { event: order.ban.injunction_upheld }
              denied: { event: order.ban.injunction_denied }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { $0[0] == 30 && $0[1] == 40 }, "in force at day 30, challenged 10 days later")
        #expect(!rows.contains { $0[2].isFinite && $0[5].isFinite }, "a ruling enjoins or denies, not both")
        #expect(rows.allSatisfy { !$0[3].isFinite || $0[3] == $0[2] + 50 }, "reinstated exactly 50 days after the injunction")
        #expect(rows.allSatisfy { !$0[4].isFinite || $0[4] == $0[2] + 50 }, "or the injunction upheld then")
        for t in [35.0, 60, 100, 150, 300] {
            let inForce = Double(rows.count { row in
                row[0] <= t && !(row[2] <= t && !(row[3] <= t))
            }) / Double(Self.runs)
            let expected = 1 - q * (Self.exponentialCDF(t - 40, mean: 40) - r * Self.exponentialCDF(t - 90, mean: 40))
            #expect(ScenarioRunner.within4SE(inForce, expected, runs: Self.runs), "t = \(t): P = \(inForce), expected \(expected)")
        }
    }

    /// A ban due on day 60, enjoined on day 20 (filed 10 days after issue,
    /// ruled 10 days later) with q = 0.5; the issuer appeals with a = 0.8,
    /// ruled after Y ~ Exp(mean 60), reinstating with r = 0.75. A
    /// reinstated ban takes effect at max(20 + Y, 60): its deadline keeps its
    /// date, and one that passed while enjoined is reached at reinstatement.
    /// For t ≥ 60, P(effective by t) = (1 − q) + q·a·r·(1 − e^(−(t − 20)/60)).
    @Test func deadlinePassedWhileEnjoinedIsReachedAtReinstatement() throws {
        let (q, a, r) = (0.5, 0.8, 0.75)
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("ban", """
            deadline: 60d
            court:
              probability: 1
              filed_after: 10d
              ruling_after: 10d
              enjoin_probability: \(q)
              appeal: { probability: \(a), after: { dist: exponential, mean: 60d }, reinstate_probability: \(r) }
            """, """
            outcomes:
              effective: { event: order.ban.effective }
              enjoined: { event: order.ban.enjoined }
              reinstated: { event: order.ban.reinstated }
              upheld: { event: order.ban.injunction_upheld }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { $0[1].isFinite ? $0[1] == 20 && $0[0] == ($0[2].isFinite ? max($0[2], 60) : .infinity) : $0[0] == 60 })
        for t in [60.0, 100, 200] {
            let observed = ScenarioRunner.probability(rows, outcome: 0, byDay: t)
            let expected = (1 - q) + q * a * r * Self.exponentialCDF(t - 20, mean: 60)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "t = \(t): P = \(observed), expected \(expected)")
        }
        let upheld = ScenarioRunner.probability(rows, outcome: 3, byDay: 365)
        let expectedUpheld = q * a * (1 - r) * Self.exponentialCDF(365 - 20, mean: 60)
        #expect(ScenarioRunner.within4SE(upheld, expectedUpheld, runs: Self.runs), "P(upheld) = \(upheld), expected \(expectedUpheld)")
    }

    /// A divestiture enjoined on day 30 and reinstated on day 70: the
    /// target's compliance clock, C ~ Uniform(0, 200) days, pauses for the 40
    /// days, so it complies at C if C < 30, else at C + 40 (the deadline, day
    /// 300, keeps its date). P(divested by t) = t/200 for t < 30, 0.15 for
    /// 30 ≤ t < 70, (t − 40)/200 for 70 ≤ t < 240. (A clock drawn afresh at
    /// reinstatement would give 0.15 + 0.85·(t − 70)/200 instead: not
    /// memoryless, the uniform tells the two apart.)
    @Test func anInjunctionPausesCompliance() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("sale", """
            kind: divestiture
            deadline: 300d
            compliance: { dist: uniform, low: 0d, high: 200d }
            court:
              probability: 1
              filed_after: 20d
              ruling_after: 10d
              enjoin_probability: 1
              appeal: { after: 40d, reinstate_probability: 1 }
            """, """
            outcomes:
              divested: { event: order.sale.divested }
              complied: { event: order.sale.complied }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { $0[0] == $0[1] }, "'complied' is an alias of a divestiture's 'divested'")
        #expect(!rows.contains { $0[0] > 30 && $0[0] < 70 }, "nobody complies while enjoined")
        for (t, expected) in [(20.0, 0.1), (50, 0.15), (150, 0.55), (230, 0.95)] {
            let observed = ScenarioRunner.probability(rows, byDay: t)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "t = \(t): P = \(observed), expected \(expected)")
        }
    }

    /// A revocation reaches an enjoined order (the administration withdraws
    /// it while the appeal is pending): revoked on day 50, never reinstated.
    @Test func revokingAnEnjoinedOrderEndsItsAppeal() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("ban", """
            deadline: 60d
            court:
              probability: 1
              filed_after: 10d
              ruling_after: 10d
              enjoin_probability: 1
              appeal: { after: 100d, reinstate_probability: 1 }
            """, """
            escalations:
              withdraw: { probability: 1, after: 50d, revoke: ban }
            outcomes:
              enjoined: { event: order.ban.enjoined }
              revoked: { event: order.ban.revoked }
              reinstated: { event: order.ban.reinstated }
              effective: { event: order.ban.effective }
            """), runs: 20)
        #expect(rows.allSatisfy { $0[0] == 20 && $0[1] == 50 && !$0[2].isFinite && !$0[3].isFinite })
    }
}

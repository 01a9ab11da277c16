import Foundation
import Testing

/// Orders: compliance windows, extensions, courts, enforcement, revocation,
/// each against its analytic expectation.
@Suite struct OrderMechanicsTests {
    static let runs = 20_000
    let actors = """
        actors:
          us: { kind: state }
          firm: { kind: firm }
        """

    /// Exponential compliance with mean m and deadline D: P(comply) = 1 − e^(−D/m).
    @Test(arguments: [(60.0, 90.0), (30.0, 45.0), (120.0, 90.0)])
    func exponentialComplianceBeforeTheDeadline(mean: Double, deadline: Double) throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              divest:
                issuer: us
                target: firm
                issued: 2024-01-01
                deadline: \(Int(deadline))d
                compliance: { dist: exponential, mean: \(mean)d }
            outcomes:
              complied: { event: order.divest.complied }
              missed: { event: order.divest.missed }
            """), runs: Self.runs)
        let expected = 1 - exp(-deadline / mean)
        let complied = ScenarioRunner.probability(rows, outcome: 0, byDay: 366)
        #expect(ScenarioRunner.within4SE(complied, expected, runs: Self.runs), "P = \(complied), expected \(expected)")
        #expect(rows.allSatisfy { ($0[0].isFinite) != ($0[1].isFinite) }, "every order is complied or missed, never both")
        #expect(rows.allSatisfy { !$0[1].isFinite || $0[1] == deadline }, "missed exactly at the deadline")
    }

    /// An extension moves the deadline by exactly its length.
    @Test func extensionMovesTheDeadlineByItsLength() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              ban:
                issuer: us
                target: firm
                issued: 2024-02-01
                deadline: 45d
                extension: { probability: 1, length: 30d, max: 2 }
            outcomes:
              extended: { event: order.ban.extended }
              effective: { event: order.ban.effective }
            """), runs: 50)
        #expect(rows.allSatisfy { $0[0] == 31 + 45 && $0[1] == 31 + 45 + 30 + 30 })
    }

    /// Each time its deadline is set, the issuer postpones a ban due on day
    /// 60 with p = 0.4, by exactly 15 days, at most twice, announced 3 days
    /// before: N postponements with P(N = 0) = 0.6, P(N = 1) = 0.4 · 0.6,
    /// P(N = 2) = 0.4² (never a third), the ban in force on day 60 + 15N and
    /// the first postponement announced on day 57.
    @Test func postponementMovesTheDeadlineByItsLengthAtMostMaxTimes() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("ban", """
            deadline: 60d
            postponement: { probability: 0.4, length: 15d, max: 2, notice: 3d }
            """, """
            outcomes:
              effective: { event: order.ban.effective }
              postponed: { event: order.ban.postponed }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { [60, 75, 90].contains($0[0]) && ($0[0] == 60 ? !$0[1].isFinite : $0[1] == 57) })
        for (day, expected) in [(60.0, 0.6), (75, 0.4 * 0.6), (90, 0.4 * 0.4)] {
            let observed = Double(rows.count { $0[0] == day }) / Double(Self.runs)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "day \(day): P = \(observed), expected \(expected)")
        }
    }

    /// With probability p of an extension and compliance at rate 1/m, the
    /// order is complied by the first deadline D or, if extended (p), by D + L:
    /// P = (1 − e^(−D/m)) + e^(−D/m) · p · (1 − e^(−L/m)).
    @Test func extensionProbabilityAndCompliance() throws {
        let (m, d, l, p) = (60.0, 90.0, 30.0, 0.4)
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              divest:
                issuer: us
                target: firm
                issued: 2024-01-01
                deadline: 90d
                compliance: { dist: exponential, mean: 60d }
                extension: { probability: 0.4, length: 30d }
            outcomes:
              complied: { event: order.divest.complied }
            """), runs: Self.runs)
        let expected = (1 - exp(-d / m)) + exp(-d / m) * p * (1 - exp(-l / m))
        let observed = ScenarioRunner.probability(rows, byDay: 366)
        #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "P = \(observed), expected \(expected)")
    }

    /// A court that always hears the case enjoins with its probability, at
    /// filing + ruling delay.
    @Test func courtEnjoinsWithItsProbability() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              ban:
                issuer: us
                target: firm
                issued: 2024-01-01
                deadline: 90d
                court: { probability: 1, filed_after: 10d, ruling_after: 15d, enjoin_probability: 0.4 }
            outcomes:
              enjoined: { event: order.ban.enjoined }
              effective: { event: order.ban.effective }
            """), runs: Self.runs)
        let enjoined = ScenarioRunner.probability(rows, byDay: 366)
        #expect(ScenarioRunner.within4SE(enjoined, 0.4, runs: Self.runs))
        #expect(rows.allSatisfy { $0[0].isFinite ? $0[0] == 25 && !$0[1].isFinite : $0[1] == 90 })
    }

    /// A missed deadline is enforced with its probability, after its delay.
    @Test func missedOrdersAreEnforced() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              divest:
                issuer: us
                target: firm
                issued: 2024-01-01
                deadline: 30d
                compliance: { dist: exponential, mean: 10000d }
                enforcement: { probability: 0.8, delay: 14d }
            outcomes:
              enforced: { event: order.divest.enforced }
            """), runs: Self.runs)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 366), 0.8 * exp(-30.0 / 10_000), runs: Self.runs))
        #expect(rows.allSatisfy { !$0[0].isFinite || $0[0] == 44 })
    }

    /// An election whose outcome revokes orders cancels their pending deadlines.
    @Test func electionRevocationCancelsPendingDeadlines() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              divest:
                issuer: us
                target: firm
                issued: 2024-01-01
                deadline: 90d
                compliance: { dist: exponential, mean: 10000d }
                enforcement: { probability: 1 }
            shocks:
              election:
                at: 2024-01-31
                outcomes:
                  keep: { probability: 0.25 }
                  change: { probability: 0.75, then: [{ revoke: divest }] }
            outcomes:
              revoked: { event: order.divest.revoked }
              missed: { event: order.divest.missed }
              enforced: { event: order.divest.enforced }
              complied: { event: order.divest.complied }
            """), runs: Self.runs)
        let revoked = rows.filter { $0[0].isFinite }
        #expect(ScenarioRunner.within4SE(Double(revoked.count) / Double(Self.runs), 0.75, runs: Self.runs))
        #expect(revoked.allSatisfy { $0[0] == 30 && !$0[1].isFinite && !$0[2].isFinite })
        #expect(rows.filter { !$0[0].isFinite }.allSatisfy { $0[3] < 90 || ($0[1] == 90 && $0[2] == 90) },
                "kept orders are missed and enforced at the deadline, unless complied with (rarely) before the election")
    }

    /// An election on a ban's effective date whose outcome revokes it: the
    /// revocation is a zero-delay consequence of the election, which was
    /// scheduled before the deadline, so it runs first and the ban never
    /// takes effect. Kept, the ban takes effect on its day.
    @Test func electionOnTheDeadlinesDayRevokesBeforeTheOrderTakesEffect() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              ban: { issuer: us, target: firm, issued: 2024-01-01, deadline: 2024-03-31 }
            shocks:
              election:
                at: 2024-03-31
                outcomes:
                  keep: { probability: 0.5 }
                  change: { probability: 0.5, then: [{ revoke: ban }] }
            outcomes:
              revoked: { event: order.ban.revoked }
              effective: { event: order.ban.effective }
              change: { event: shock.election.change }
            """), runs: 2_000)
        #expect(ScenarioRunner.within4SE(Double(rows.count { $0[2].isFinite }) / 2_000, 0.5, runs: 2_000))
        for row in rows {
            if row[2].isFinite {
                #expect(row[0] == 90 && !row[1].isFinite, "revoked on the election day, never in force")
            } else {
                #expect(row[1] == 90 && !row[0].isFinite, "kept: in force on its day")
            }
        }
    }

    /// An order issued on activation runs from the escalation's date.
    @Test func escalationActivatesAnOrder() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            \(actors)
            orders:
              ban: { issuer: us, target: firm, issued: on_activation, deadline: 45d }
            escalations:
              widen: { probability: 0.5, after: { dist: uniform, low: 10d, high: 100d }, activate: [ban] }
            outcomes:
              widened: { event: escalation.widen }
              effective: { event: order.ban.effective }
            """), runs: 5_000)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 366), 0.5, runs: 5_000))
        #expect(rows.allSatisfy { $0[0].isFinite ? $0[1] == $0[0] + 45 : !$0[1].isFinite })
    }
}

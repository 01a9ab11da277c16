import DemarcheScenario
import Foundation
import Testing

/// `in_force` outcomes against closed forms and exact boundaries: an order
/// observed at the end of a day is in force iff it took effect by then and
/// was not enjoined (or was reinstated), revoked or closed by then. Day 0 is
/// 2024-01-01, so the end of day k is the instant k + 1.
@Suite struct InForceOutcomeTests {
    static let runs = 20_000

    /// The ISO date of day `k`.
    static func date(_ k: Int) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date(timeIntervalSince1970: 1_704_067_200 + Double(k) * 86_400))
    }

    /// A ban in force from day 30, challenged 10 days after it took effect,
    /// ruled after X ~ Exp(mean 40) and enjoined with q = 0.6; the issuer
    /// appeals and the ban is reinstated with r = 0.5 fifty days later. At
    /// the end of day k (t = k + 1 ≥ 31):
    /// P(in force) = 1 − q·[F(t − 40) − r·F(t − 90)], F the Exp(40) CDF;
    /// before day 30 it is 0.
    @Test func inForceThroughInjunctionAndAppeal() throws {
        let (q, r) = (0.6, 0.5)
        let days = [29, 30, 45, 60, 100, 150, 300]
        let outcomes = days.enumerated().map { "  day\($0.offset): { in_force: ban, on: \(Self.date($0.element)) }" }
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("ban", """
            deadline: 30d
            court:
              probability: 1
              from: effect
              filed_after: 10d
              ruling_after: { dist: exponential, mean: 40d }
              enjoin_probability: \(q)
              appeal: { after: 50d, reinstate_probability: \(r) }
            """, "outcomes:\n" + outcomes.joined(separator: "\n")), runs: Self.runs)
        #expect(rows.allSatisfy { row in row.allSatisfy { $0 == 0 || $0 == 1 } })
        #expect(rows.allSatisfy { $0[0] == 0 && $0[1] == 1 }, "not in force at the end of day 29, in force at the end of day 30")
        func cdf(_ u: Double) -> Double { u > 0 ? 1 - exp(-u / 40) : 0 }
        for (position, day) in days.enumerated().dropFirst(2) {
            let t = Double(day + 1)
            let expected = 1 - q * (cdf(t - 40) - r * cdf(t - 90))
            let observed = Double(rows.count { $0[position] == 1 }) / Double(Self.runs)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "day \(day): \(observed) vs \(expected)")
        }
    }

    /// A revocation at the first instant of day 40 leaves the ban in force at
    /// the end of day 39 and not at the end of day 40; a compliance order
    /// whose deadline is missed on day 20 is in force from then.
    @Test func revocationAtTheBoundaryAndMissedDeadline() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors:
              us: { kind: state }
              firm: { kind: firm }
            orders:
              ban: { issuer: us, target: firm, issued: 2024-01-01, deadline: 10d }
              sell: { issuer: us, target: firm, issued: 2024-01-01, kind: divestiture, deadline: 20d, compliance: 1000d }
            shocks:
              repeal:
                at: \(Self.date(40))
                outcomes: { yes: { probability: 1, then: [{ revoke: [ban] }] } }
            outcomes:
              before: { in_force: ban, on: \(Self.date(39)) }
              after: { in_force: ban, on: \(Self.date(40)) }
              horizon: { in_force: ban }
              pending: { in_force: sell, on: \(Self.date(19)) }
              missed: { in_force: sell, on: \(Self.date(20)) }
            """), runs: 3)
        #expect(rows.allSatisfy { $0 == [1, 0, 0, 0, 1] }, "\(rows)")
    }

    @Test func misplacedDateKeysAndUnknownOrdersAreRefused() {
        let text = ScenarioRunner.order("ban", "deadline: 10d", """
            outcomes:
              a: { in_force: ban, by: 2024-02-01 }
              b: { event: order.ban.effective, on: 2024-02-01 }
              c: { in_force: bam }
              d: { count: [order.ban.effective], checkpoints: [2024-02-01] }
            """)
        #expect {
            try ScenarioRunner.load(text)
        } throws: { error in
            let message = "\(error)"
            return message.contains("'by' does not apply to 'in_force' outcomes (it takes 'on')")
                && message.contains("'on' does not apply to 'event' outcomes")
                && message.contains("unknown order 'bam'") && message.contains("'ban'")
                && message.contains("'checkpoints' does not apply to 'count' outcomes")
        }
    }
}

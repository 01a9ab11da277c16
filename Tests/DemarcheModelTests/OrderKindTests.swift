import DemarcheModel
import Foundation
import Testing

/// Kinds of measure: their own event names, a regulator's proceeding, an
/// exchange's delisting timetable, against their closed forms. Day 0 is
/// 2024-01-01; the horizon is the end of day 365.
@Suite struct OrderKindTests {
    static let runs = 20_000

    /// Each kind's own name and the generic one are the same event.
    @Test(arguments: [
        ("divestiture", "compliance: 30d", "divested", "complied"),
        ("exchange_delisting", "", "delisted", "effective"),
        ("exchange_delisting", "compliance: 30d", "cured", "complied"),
        ("entity_listing", "", "listed", "effective"),
    ])
    func kindsNameTheirEvents(kind: String, extra: String, own: String, generic: String) throws {
        let model = try ScenarioRunner.load(ScenarioRunner.order("o", """
            kind: \(kind)
            deadline: 10d
            \(extra)
            """, """
            outcomes:
              x: { event: order.o.\(own) }
            """))
        let named = try #require(model.events.id(named: "order.o.\(own)"))
        #expect(model.events.id(named: "order.o.\(generic)") == named)
        #expect(model.events.name(of: named) == "order.o.\(own)", "the trace shows the kind's own name")
    }

    /// A licence revocation: the regulator decides after D ~ Exp(mean 120)
    /// days from the notice, or from the start if the notice came before it,
    /// and revokes with p = 0.7: P(licence revoked by t) = 0.7·(1 − e^(−t/120)),
    /// P(dropped by t) = 0.3·(1 − e^(−t/120)).
    @Test(arguments: ["2024-01-01", "2023-09-01"])
    func licenceRevocationProceeding(notice: String) throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("licence", issued: notice, """
            kind: licence_revocation
            proceeding: { decision_after: { dist: exponential, mean: 120d }, probability: 0.7 }
            """, """
            outcomes:
              revoked: { event: order.licence.licence_revoked }
              effective: { event: order.licence.effective }
              dropped: { event: order.licence.dropped }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { $0[0] == $0[1] && !($0[0].isFinite && $0[2].isFinite) })
        for t in [60.0, 200, 365] {
            let decided = 1 - exp(-t / 120)
            let revoked = ScenarioRunner.probability(rows, outcome: 0, byDay: t)
            let dropped = ScenarioRunner.probability(rows, outcome: 2, byDay: t)
            #expect(ScenarioRunner.within4SE(revoked, 0.7 * decided, runs: Self.runs), "t = \(t): P = \(revoked)")
            #expect(ScenarioRunner.within4SE(dropped, 0.3 * decided, runs: Self.runs), "t = \(t): P = \(dropped)")
        }
    }

    /// An exchange's timetable: notice on day 0, delisting on day 90 unless
    /// the target cures first, after C ~ Exp(mean 100) days: P(cured) =
    /// 1 − e^(−0.9), P(delisted, exactly on day 90) = e^(−0.9); a deadline
    /// reached uncured delists, it is never missed or enforced.
    @Test func exchangeDelistingTimetable() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.order("listing", """
            kind: exchange_delisting
            deadline: 90d
            compliance: { dist: exponential, mean: 100d }
            """, """
            outcomes:
              delisted: { event: order.listing.delisted }
              cured: { event: order.listing.cured }
              missed: { count: [order.listing.missed, order.listing.enforced] }
            """), runs: Self.runs)
        #expect(rows.allSatisfy { ($0[0] == 90) != ($0[1] < 90) && $0[2] == 0 })
        let delisted = ScenarioRunner.probability(rows, outcome: 0, byDay: 365)
        #expect(ScenarioRunner.within4SE(delisted, exp(-0.9), runs: Self.runs), "P = \(delisted), expected \(exp(-0.9))")
    }
}

import DemarcheModel
import Testing

/// `by: D`, checkpoints and `horizon: D` mean the end of day D: an event
/// during day D counts, one on the next day does not.
@Suite struct EndOfDayTests {
    /// Orders issued on fixed dates: each issue event happens at the first
    /// instant of its day, so every answer is exact.
    let text = ScenarioRunner.scenario("""
        actors:
          us: { kind: state }
          firm: { kind: firm }
        orders:
          first: { issuer: us, target: firm, issued: 2024-03-10, deadline: 1y }
          second: { issuer: us, target: firm, issued: 2024-03-11, deadline: 1y }
          last: { issuer: us, target: firm, issued: 2024-12-31, deadline: 1y }
        outcomes:
          on-the-day: { event: order.first.issued, by: 2024-03-10, checkpoints: [2024-03-09, 2024-03-10] }
          next-day: { event: order.second.issued, by: 2024-03-10 }
          counted: { count: [order.first.issued, order.second.issued], by: 2024-03-10 }
          on-the-horizon: { event: order.last.issued }
        """, horizon: "2024-12-31")

    @Test func datesMeanTheEndOfTheirDay() throws {
        let model = try ScenarioRunner.load(text)
        guard case .firstEvent(_, let by, let checkpoints) = model.outcomes[0].measure else {
            Issue.record("expected an event outcome")
            return
        }
        // 2024-03-10 is day 69 from 2024-01-01; its end is the first instant of day 70.
        #expect(by == 70 && checkpoints == [69, 70])
        #expect(model.calendar.date(endingAt: by).description == "2024-03-10")
        #expect(model.horizon == 366 && model.calendar.date(endingAt: model.horizon).description == "2024-12-31")
    }

    @Test func eventsDuringTheDayCountAndTheNextDayDoesNot() throws {
        for row in try ScenarioRunner.outcomes(text, runs: 5) {
            #expect(row[0] == 69, "issued on 2024-03-10, within its end")
            #expect(row[1] == 70, "issued on 2024-03-11: at the end instant of 2024-03-10, so not by it")
            #expect(row[2] == 1, "only the first is counted by the end of 2024-03-10")
            #expect(row[3] == 365, "an event on the horizon's day is simulated")
        }
    }
}

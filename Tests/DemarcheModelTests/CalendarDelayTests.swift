import DemarcheKernel
import DemarcheScenario
import Testing

/// Calendar durations used as waiting times (`1mo`, `2y`) count from the
/// date the wait starts, not from the scenario's start: 1mo from 2024-01-31
/// ends on 2024-02-29, 1mo from 2024-02-29 on 2024-03-29.
@Suite struct CalendarDelayTests {
    let text = ScenarioRunner.scenario("""
        actors:
          us: { kind: state }
          firm: { kind: firm }
        orders:
          ban: { issuer: us, target: firm, issued: on_activation, deadline: 1mo }
        shocks:
          jan31: { at: 2024-01-31, outcomes: { go: { probability: 1 } } }
          feb29: { at: 2024-02-29, outcomes: { go: { probability: 1 } } }
        triggers:
          from-jan31: { on: shock.jan31.go, after: 1mo }
          from-feb29: { on: shock.feb29.go, after: { value: 1mo, source: assumption } }
          a-year-on: { on: shock.feb29.go, after: 1y }
          activates: { on: shock.feb29.go, activate: ban }
        escalations:
          late: { probability: 1, after: 2y }
        outcomes:
          from-jan31: { event: trigger.from-jan31 }
          from-feb29: { event: trigger.from-feb29 }
          a-year-on: { event: trigger.a-year-on }
          ban: { event: order.ban.effective }
          late: { event: escalation.late }
        """, horizon: "2026-12-31")

    @Test func calendarDelaysCountFromWhenTheyStart() throws {
        let model = try ScenarioRunner.load(text)
        let day = { (date: String) in model.calendar.time(of: try CalendarDate(iso: date)) }
        for row in try ScenarioRunner.outcomes(text, runs: 3) {
            #expect(row[0] == (try day("2024-02-29")), "1mo from 2024-01-31")
            #expect(row[1] == (try day("2024-03-29")), "1mo from 2024-02-29")
            #expect(row[2] == (try day("2025-02-28")), "1y from 2024-02-29")
            #expect(row[3] == (try day("2024-03-29")), "an order activated on 2024-02-29 with deadline 1mo")
            #expect(row[4] == (try day("2026-01-01")), "2y from the start")
        }
    }

    /// A distribution's parameters have no date to count months from, so a
    /// waiting time drawn from one is written in days or weeks.
    @Test func monthsInsideADistributionAreRefused() {
        let text = ScenarioRunner.scenario("""
            actors: { us: { kind: state } }
            escalations:
              e: { probability: 1, after: { dist: uniform, low: 1mo, high: 60d } }
            outcomes:
              e: { event: escalation.e }
            """)
        #expect {
            _ = try ScenarioRunner.load(text)
        } throws: { error in
            "\(error)".contains("escalations.e.after.low: months and years vary in length")
        }
    }
}

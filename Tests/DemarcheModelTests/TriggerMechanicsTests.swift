import CDemarcheGSL
import Foundation
import Testing

/// Triggers, chains of delays and runaway cascades.
@Suite struct TriggerMechanicsTests {
    static let runs = 20_000

    /// A trigger with probability p fires in p of runs.
    @Test(arguments: [0.1, 0.3, 0.9])
    func triggerFiresWithItsProbability(p: Double) throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { us: { kind: state } }
            shocks:
              s: { at: 2024-02-01, outcomes: { happens: { probability: 1 } } }
            triggers:
              t: { on: shock.s.happens, probability: \(p), after: 5d }
            outcomes:
              fired: { event: trigger.t }
            """), runs: Self.runs)
        #expect(ScenarioRunner.within4SE(ScenarioRunner.probability(rows, byDay: 366), p, runs: Self.runs))
        #expect(rows.allSatisfy { !$0[0].isFinite || $0[0] == 36 })
    }

    /// `max_firings` counts firings, not attempts: a draw that fails leaves
    /// the firing for the next opportunity, so with probability p and
    /// max_firings 1 over n opportunities P(fired) = 1 − (1 − p)^n.
    @Test(arguments: [(0.3, 3), (0.5, 2), (0.1, 5)])
    func failedDrawsDoNotUseUpFirings(p: Double, n: Int) throws {
        let shocks = (1...n).map { "  s\($0): { at: 2024-0\($0)-01, outcomes: { go: { probability: 1 } } }" }
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { us: { kind: state } }
            shocks:
            \(shocks.joined(separator: "\n"))
            triggers:
              t: { on: [\((1...n).map { "shock.s\($0).go" }.joined(separator: ", "))], probability: \(p), max_firings: 1 }
            outcomes:
              fired: { event: trigger.t }
            """), runs: Self.runs)
        let expected = 1 - pow(1 - p, Double(n))
        let observed = ScenarioRunner.probability(rows, byDay: 366)
        #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "P = \(observed), expected \(expected)")
    }

    /// A chain of k exponential steps completes by T with the Erlang CDF.
    @Test func chainOfExponentialStepsFollowsErlang() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { us: { kind: state } }
            escalations:
              step1: { probability: 1, after: { dist: exponential, mean: 30d } }
            triggers:
              step2: { on: escalation.step1, after: { dist: exponential, mean: 30d } }
              step3: { on: trigger.step2, after: { dist: exponential, mean: 30d } }
            outcomes:
              done: { event: trigger.step3 }
            """), runs: Self.runs)
        for day in [30.0, 100.0, 200.0] {
            let expected = gsl_cdf_gamma_P(day, 3, 30)
            let observed = ScenarioRunner.probability(rows, byDay: day)
            #expect(ScenarioRunner.within4SE(observed, expected, runs: Self.runs), "day \(day): \(observed) vs \(expected)")
        }
    }

    /// Conditions gate triggers: not_occurred and at_least.
    @Test func conditionsGateTriggers() throws {
        let rows = try ScenarioRunner.outcomes(ScenarioRunner.scenario("""
            actors: { us: { kind: state } }
            shocks:
              a: { at: 2024-02-01, outcomes: { yes: { probability: 0.5 }, no: { probability: 0.5 } } }
              b: { at: 2024-03-01, outcomes: { yes: { probability: 0.5 }, no: { probability: 0.5 } } }
            triggers:
              both: { on: [shock.b.yes], if: [{ occurred: [shock.a.yes, shock.b.yes], at_least: 2 }] }
              only-b: { on: [shock.b.yes], if: [{ not_occurred: [shock.a.yes] }] }
            outcomes:
              a: { event: shock.a.yes }
              b: { event: shock.b.yes }
              both: { event: trigger.both }
              only-b: { event: trigger.only-b }
            """), runs: 2_000)
        for row in rows {
            #expect(row[2].isFinite == (row[0].isFinite && row[1].isFinite))
            #expect(row[3].isFinite == (!row[0].isFinite && row[1].isFinite))
        }
    }

    /// Triggers that re-fire each other after a delay run until the event
    /// limit, and the error names them.
    @Test func runawayCascadeIsReportedByName() throws {
        let text = ScenarioRunner.scenario("""
            max_events: 10000
            actors: { us: { kind: state } }
            shocks:
              s: { at: 2024-01-02, outcomes: { go: { probability: 1 } } }
            triggers:
              ping: { on: [shock.s.go, trigger.pong], after: 0.001d, max_firings: 1000000 }
              pong: { on: [trigger.ping], after: 0.001d, max_firings: 1000000 }
            outcomes:
              pinged: { event: trigger.ping }
            """)
        #expect {
            _ = try ScenarioRunner.outcomes(text, runs: 1)
        } throws: { error in
            let message = "\(error)"
            return message.contains("exceeded 10000 events") && message.contains("trigger 'ping'") && message.contains("trigger 'pong'")
        }
    }
}

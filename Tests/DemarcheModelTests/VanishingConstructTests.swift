import DemarcheModel
import DemarcheScenario
import Testing

/// Nothing a file says vanishes without a word: constructs that would be
/// dropped, never fire or change meaning are refused where they are written;
/// dates that cannot be simulated are refused at load, not trapped on later.
@Suite struct VanishingConstructTests {
    static let actors = """
        actors:
          us: { kind: state }
          de: { kind: state }
          firm: { kind: firm }
        """

    /// `line:col: path: message` of each problem, or [] if the file loads.
    static func problems(_ body: String, overrides: [ParameterOverride] = []) -> [String] {
        do {
            _ = try ScenarioLoader.load(text: ScenarioRunner.scenario(actors + "\n" + body), file: "t.yaml", overrides: overrides)
            return []
        } catch {
            return error.diagnostics.map { "\($0.line):\($0.column): \($0.path): \($0.message)" }
        }
    }

    static let decision = """
        decisions:
          d: { actor: de, monthly_hazard: 0.1, options: { yes: {} } }
        """

    @Test func aShockBeforeTheStartIsRefused() {
        #expect(Self.problems("""
            shocks:
              s: { at: 2023-12-31, outcomes: { x: { probability: 1 } } }
            outcomes:
              x: { event: shock.s.x }
            """) == ["11:12: shocks.s.at: a shock is dated on or after the start (2024-01-01): one before it has happened, "
                     + "and what followed belongs in the scenario's facts"])
    }

    @Test func aPriorDecisionAfterTheStartIsRefused() {
        #expect(Self.problems("""
            decisions:
              d: { actor: de, monthly_hazard: 0.1, options: { yes: {} }, decided: { option: yes, on: 2024-03-01 } }
            outcomes:
              x: { event: decision.d.yes }
            """) == ["11:90: decisions.d.decided.on: a decision taken before the start is dated on or before it (2024-01-01); "
                     + "one taken later is the model's to draw: leave out 'decided'"])
        #expect(Self.problems("""
            decisions:
              d: { actor: de, monthly_hazard: 0.1, options: { yes: {} }, decided: { option: yes, on: 2024-01-01 } }
            outcomes:
              x: { event: decision.d.yes }
            """) == [])
    }

    @Test(arguments: [
        ("triggers:\n  t: { on: [], after: 1d }\noutcomes:\n  x: { event: trigger.t }",
         "13:12: triggers.t.on: a trigger needs at least one event in 'on'"),
        ("triggers:\n  t: { on: decision.d.yes, pressure: { on: [], magnitude: 1 } }\noutcomes:\n  x: { event: trigger.t }",
         "13:44: triggers.t.pressure.on: a pressure effect needs at least one actor in 'on'"),
        ("shocks:\n  s: { at: 2024-06-01, outcomes: {} }\noutcomes:\n  x: { event: decision.d.yes }",
         "13:34: shocks.s.outcomes: a shock needs at least one outcome"),
        ("outcomes:\n  x: { event: [] }", "13:15: outcomes.x.event: an outcome needs at least one event in 'event'"),
        ("outcomes:\n  x: { count: [] }", "13:15: outcomes.x.count: an outcome needs at least one event in 'count'"),
    ])
    func emptyListsAreRefusedWhereWritten(body: String, problem: String) {
        #expect(Self.problems(Self.decision + "\n" + body) == [problem])
    }

    @Test func optionsThatCanAllWeighZeroAreRefused() {
        let text = """
            decisions:
              d: { actor: de, monthly_hazard: 0.1, options: { a: { weight: 0 }, b: { weight: { dist: uniform, low: 0, high: 1 } } } }
            outcomes:
              x: { event: decision.d.a }
            """
        #expect(Self.problems(text) == [])
        #expect(Self.problems(text.replacingOccurrences(of: "{ dist: uniform, low: 0, high: 1 }", with: "0")) == [
            "11:49: decisions.d.options: every option has weight 0, so none can be chosen: give one a positive weight"])
        #expect(Self.problems(text, overrides: [ParameterOverride(path: "decisions.d.options.b.weight", value: 0)]) == [
            "0:0: decisions.d.options: --set: every option has weight 0, so none can be chosen: give one a positive weight"])
    }

    @Test func shockProbabilitiesThatCanPassOneAreRefused() {
        let text = """
            shocks:
              s: { at: 2024-06-01, outcomes: { a: { probability: 0.5 }, b: { probability: 0.5 } } }
            outcomes:
              x: { event: shock.s.a }
            """
        #expect(Self.problems(text) == [])
        #expect(Self.problems(text.replacingOccurrences(of: "b: { probability: 0.5 }", with: "b: { probability: { dist: beta, alpha: 2, beta: 2 } }"))
                == ["11:34: shocks.s.outcomes: outcome probabilities are exclusive: they can sum to 1.5, more than 1"])
        #expect(Self.problems(text, overrides: [ParameterOverride(path: "shocks.s.outcomes.a.probability", value: 0.9)])
                == ["0:0: shocks.s.outcomes: --set: outcome probabilities must sum to 1, found 1.4"])
        #expect(Self.problems(text, overrides: [ParameterOverride(path: "shocks.s.outcomes.a.probability", value: 0.9),
                                                ParameterOverride(path: "shocks.s.outcomes.b.probability", value: 0.1)]) == [])
    }

    /// A bad entry is reported itself, not as a wrong sum of the others.
    @Test func aBadEntryIsReportedItself() {
        #expect(Self.problems("""
            shocks:
              s: { at: 2024-06-01, outcomes: { a: { probability: 0.5 }, b: { probability: abc } } }
            outcomes:
              x: { event: shock.s.a }
            """) == ["11:79: shocks.s.outcomes.b.probability: expected a number, found 'abc'"])
        #expect(Self.problems("""
            decisions:
              d: { actor: de, monthly_hazard: 0.1, options: { a: { weight: { dist: discrete, values: [1, 2], weights: [1, -1] } } } }
            outcomes:
              x: { event: decision.d.a }
            """) == ["11:111: decisions.d.options.a.weight.weights.1: expected a non-negative finite weight, found -1.0"])
    }

    /// `activate` names orders, decisions and campaigns by id: an id of two
    /// of them is refused where it is used, not resolved silently to one.
    @Test func anAmbiguousActivationIsRefused() {
        let text = """
            decisions:
              x: { actor: de, monthly_hazard: 0.1, active: false, options: { yes: {} } }
            orders:
              x: { issuer: us, target: firm, issued: on_activation, deadline: 30d }
            escalations:
              e: { probability: 1, after: 10d, activate: [x] }
            outcomes:
              o: { event: order.x.effective }
            """
        #expect(Self.problems(text) == ["15:47: escalations.e.activate.0: 'x' is an order and a decision, so 'activate' cannot tell which: rename one"])
        #expect(Self.problems(text.replacingOccurrences(of: "orders:\n  x:", with: "orders:\n  y:")
                    .replacingOccurrences(of: "order.x.effective", with: "order.y.effective")) == [])
    }

    /// A merged mapping that itself merges (`<<:` inside a `<<:`) gives its
    /// keys, at any depth; shock outcomes and market shares merged in count.
    @Test func nestedMergeKeysAreResolved() throws {
        let model = try ScenarioRunner.load(ScenarioRunner.scenario("""
            \(Self.actors)
            markets:
              m: { <<: { country: de, <<: { sector: 5G, shares: { acme: 0.4, other: 0.6 } } } }
            decisions:
              base: &base { actor: de, active: false, monthly_hazard: 0.05, options: { yes: { exclusion: { market: m, vendor: acme, kind: full } } } }
              hazard: &hazard { <<: *base, monthly_hazard: 0.2 }
              d: { <<: [*hazard, { monthly_hazard: 0.9, cost: 1 }], since: 2023-01-01 }
            shocks:
              s: { <<: { at: 2024-06-01, <<: { outcomes: { x: { probability: 1 } } } } }
            outcomes:
              x: { event: shock.s.x }
              d: { event: decision.d.yes }
              share: { share: { market: m, vendor: acme } }
            """))
        let d = try #require(model.decisions.first { $0.id == "d" })
        guard case .constant(let monthly) = d.baseline else {
            Issue.record("expected a constant baseline")
            return
        }
        #expect(model.parameters.entries[monthly.index].distribution.fixedValue == 0.2, "the first merged mapping wins")
        #expect(model.parameters.entries[d.cost.index].distribution.fixedValue == 1)
        #expect(d.activeAtStart == false && d.options.count == 1)
        #expect(model.shocks.count == 1 && model.markets.first?.vendors == ["acme", "other"])
    }
}

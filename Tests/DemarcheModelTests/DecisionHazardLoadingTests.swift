import DemarcheModel
import DemarcheScenario
import Testing

/// How the loader reads and refuses baselines, `since` and ends.
@Suite struct DecisionHazardLoadingTests {
    func scenario(_ decision: String) -> String {
        ScenarioRunner.scenario("""
            actors: { target: { kind: state } }
            decisions:
              d:
                actor: target
            \(decision)
                options: { exclude: {} }
            outcomes:
              decided: { event: decision.d.exclude }
            """)
    }

    /// `path: message` of every diagnostic, or [] if the text loads.
    func problems(_ text: String, overrides: [ParameterOverride] = []) -> [String] {
        do {
            _ = try ScenarioLoader.load(text: text, file: "t.yaml", overrides: overrides)
            return []
        } catch {
            return error.diagnostics.map { "\($0.path): \($0.message)" }
        }
    }

    static let needsOne = "needs exactly one of 'monthly_hazard' (a constant hazard) or 'weibull' (shape and scale)"

    @Test func refusesBothOrNeitherBaseline() {
        #expect(problems(scenario("""
                monthly_hazard: 0.1
                weibull: { shape: 0.6, scale: 300d }
            """)) == ["decisions.d: a decision \(Self.needsOne)"])
        #expect(problems(scenario("")) == ["decisions.d: a decision \(Self.needsOne)"])
        #expect(problems(scenario("""
                monthly_hazard: 0.1
                ends: { a: { monthly_hazard: 0.1, weibull: { shape: 1, scale: 9 } }, b: {} }
            """)) == ["decisions.d.ends.a: an end \(Self.needsOne)", "decisions.d.ends.b: an end \(Self.needsOne)"])
    }

    @Test func refusesNonPositiveShapeAndScale() {
        #expect(problems(scenario("""
                weibull: { shape: 0, scale: -5 }
            """)) == ["decisions.d.weibull.shape: expected a number > 0 (at most 1e9), found 0.0",
                      "decisions.d.weibull.scale: expected a length of time > 0, at most 1,000 years (365250 days), found -5.0"])
        #expect(problems(scenario("""
                monthly_hazard: 0.1
                ends: { x: { weibull: { shape: { dist: normal, mean: 1, sd: 1 }, scale: 0d } } }
            """)) == ["decisions.d.ends.x.weibull.shape: expected a distribution of positive values, found a distribution over [-inf, inf] whose 10⁻¹² quantile is -6.034483825301132",
                      "decisions.d.ends.x.weibull.scale: expected a length of time > 0, at most 1,000 years (365250 days), found 0.0"])
        #expect(problems(scenario("""
                weibull: { shape: 2 }
            """)) == ["decisions.d.weibull: missing required key 'scale'"])
    }

    @Test func refusesBadSinceDates() {
        #expect(problems(scenario("""
                monthly_hazard: 0.1
                since: 2025-02-01
            """)) == ["decisions.d.since: date 2025-02-01 is after the horizon (2024-12-31)"])
        #expect(problems(scenario("""
                monthly_hazard: 0.1
                since: 2023-02-30
            """)) == ["decisions.d.since: invalid date: day 30 is not in 1…28 for 2023-02"])
    }

    @Test func refusesAnEndNamedLikeAnOption() {
        #expect(problems(scenario("""
                monthly_hazard: 0.1
                ends: { exclude: { monthly_hazard: 0.1 } }
            """)) == ["decisions.d.ends.exclude: an end cannot share the name of option 'exclude': both would be event 'decision.d.exclude'"])
    }

    @Test func suggestsKnownKeys() {
        #expect(problems(scenario("""
                weibul: { shape: 1, scale: 9 }
            """)) == ["decisions.d: a decision \(Self.needsOne)",
                      "decisions.d.weibul: unknown key 'weibul' in decision (did you mean 'weibull'?)"])
        #expect(problems(scenario("""
                weibull: { shap: 1, scale: 9 }
                ends: { x: { montly_hazard: 0.1 } }
            """)) == ["decisions.d.weibull: missing required key 'shape'",
                      "decisions.d.weibull.shap: unknown key 'shap' in weibull baseline (did you mean 'shape'?)",
                      "decisions.d.ends.x: an end \(Self.needsOne)",
                      "decisions.d.ends.x.montly_hazard: unknown key 'montly_hazard' in decision end (did you mean 'monthly_hazard'?)"])
    }

    /// Every new number is a parameter: by path for `--set`, with its source.
    @Test func newNumbersAreParametersWithSources() throws {
        let text = scenario("""
                since: 2023-06-01
                weibull: { shape: { value: 0.62, source: "assumption (a reference class)" }, scale: { dist: uniform, low: 700d, high: 900d } }
                ends:
                  sender-backs-down: { weibull: { shape: 0.7, scale: 2000d } }
                  settlement: { monthly_hazard: { value: 0.004, source: "assumption (a reference class)" } }
            """)
        let overrides = [ParameterOverride(path: "decisions.d.weibull.shape", value: 1.5),
                         ParameterOverride(path: "decisions.d.ends.settlement.monthly_hazard", value: 0.01)]
        let model = try ScenarioLoader.load(text: text, file: "t.yaml", overrides: overrides).model
        let table = model.parameters
        func entry(_ path: String) throws -> ParameterTable.Entry { table.entries[try #require(table.id(forPath: path)).index] }
        #expect(try entry("decisions.d.weibull.shape").distribution.fixedValue == 1.5)
        #expect(try entry("decisions.d.ends.settlement.monthly_hazard").distribution.fixedValue == 0.01)
        #expect(try entry("decisions.d.weibull.scale").distribution.fixedValue == nil)
        #expect(try entry("decisions.d.ends.sender-backs-down.weibull.scale").distribution.fixedValue == 2000)
        #expect(try entry("decisions.d.ends.sender-backs-down.weibull.shape").distribution.fixedValue == 0.7)
        let sourced = try ScenarioLoader.load(text: text, file: "t.yaml").model.provenance
        #expect(sourced.entries.filter { $0.source?.text == "assumption (a reference class)" }.map(\.path)
                == ["decisions.d.weibull.shape", "decisions.d.ends.settlement.monthly_hazard"])
        #expect(model.provenance.entries.filter { $0.source == .override }.map(\.path)
                == ["decisions.d.weibull.shape", "decisions.d.ends.settlement.monthly_hazard"])
        #expect(model.decisions[0].since == -214)
        #expect(model.decisions[0].ends.map { model.events.name(of: $0.event) }
                == ["decision.d.sender-backs-down", "decision.d.settlement"])
        #expect(problems(text, overrides: [ParameterOverride(path: "decisions.d.weibull.shape", value: 0)])
                == ["decisions.d.weibull.shape: --set: expected a number > 0 (at most 1e9), found 0.0"])
    }
}

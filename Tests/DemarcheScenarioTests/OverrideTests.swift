import DemarcheModel
import DemarcheScenario
import Testing

@Suite struct OverrideTests {
    let text = """
        demarche: 1
        name: o
        as_of: 2024-01-01
        start: 2024-01-01
        horizon: 2024-12-31
        actors:
          germany: { kind: state, opposition: { dist: beta, alpha: 2, beta: 2 } }
        decisions:
          d: { actor: germany, monthly_hazard: 0.1, options: { exclude: {} } }
        outcomes:
          x: { event: decision.d.exclude }
        """

    @Test func replacesAParameterByPath() throws {
        let scenario = try ScenarioLoader.load(text: text, file: "o.yaml", overrides: [
            try ParameterOverride(parsing: "actors.germany.opposition=0.7"),
            try ParameterOverride(parsing: "decisions.d.coefficients.pressure = -1.5"),
        ])
        let table = scenario.model.parameters
        let opposition = try #require(table.id(forPath: "actors.germany.opposition"))
        #expect(table.entries[opposition.index].distribution.fixedValue == 0.7)
        #expect(scenario.model.provenance.entries.first { $0.path == "actors.germany.opposition" }?.source == .override)
        let pressure = try #require(table.id(forPath: "decisions.d.coefficients.pressure"))
        #expect(table.entries[pressure.index].distribution.fixedValue == -1.5)
    }

    @Test func refusesUnknownPathsAndBadValues() throws {
        #expect(throws: ScenarioError([ScenarioDiagnostic(
            file: "o.yaml", line: 0, column: 0, path: "actors.germany.oposition",
            message: "--set: no numeric parameter at 'actors.germany.oposition' (did you mean 'actors.germany.opposition'?)")])) {
            _ = try ScenarioLoader.load(text: text, file: "o.yaml", overrides: [ParameterOverride(path: "actors.germany.oposition", value: 1)])
        }
        #expect(throws: ScenarioError([ScenarioDiagnostic(
            file: "o.yaml", line: 0, column: 0, path: "actors.germany.opposition",
            message: "--set: expected a value in [0, 1], found 1.5")])) {
            _ = try ScenarioLoader.load(text: text, file: "o.yaml", overrides: [ParameterOverride(path: "actors.germany.opposition", value: 1.5)])
        }
        for bad in ["no-equals", "=3", "a.b=", "a.b=nan", "a.b=inf", "a.b=1e999", "a.b=x"] {
            #expect(throws: OverrideError.self, "\(bad)") { try ParameterOverride(parsing: bad) }
        }
    }
}

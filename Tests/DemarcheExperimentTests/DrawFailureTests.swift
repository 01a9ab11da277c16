import DemarcheExperiment
import DemarcheModel
import DemarcheRandom
import DemarcheScenario
import Testing

/// A value drawn out of its range stops a Monte Carlo run with an error that
/// names the replication and the parameter's path (what `demarche run`
/// prints), whatever the number of workers.
@Suite struct DrawFailureTests {
    @Test(arguments: [1, 2])
    func theRunNamesTheReplicationAndThePath(jobs: Int) async throws {
        let scenario = try ScenarioLoader.load(text: """
            demarche: 1
            name: t
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors:
              de: { kind: state, opposition: { dist: uniform, low: 0, high: 1 } }
            decisions:
              d: { actor: de, monthly_hazard: 0.1, options: { yes: {} } }
            outcomes:
              yes: { event: decision.d.yes }
            """, file: "t.yaml")
        // What a model not built by the loader may hold: opposition drawn
        // from 0 … 2, out of its range [0, 1] in about half the replications.
        var table = ParameterTable()
        for entry in scenario.model.parameters.entries {
            let wide = entry.path == "actors.de.opposition" ? AnyDistribution.uniform(try Uniform(low: 0, high: 2)) : entry.distribution
            _ = table.add(path: entry.path, constraint: entry.constraint, wide)
        }
        var model = scenario.model
        model.parameters = table
        do {
            _ = try await MonteCarloRunner.run(ReplicationPlan(model), RunConfiguration(runs: 600, seed: 1, jobs: jobs))
            Issue.record("the run should stop")
        } catch {
            guard case .replicationFailed(let replication, .drawOutOfRange(let path, let value, _)) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(path == "actors.de.opposition" && value > 1 && value < 2)
            #expect("\(error)".hasPrefix("replication \(replication): actors.de.opposition drew "), "\(error)")
        }
    }
}

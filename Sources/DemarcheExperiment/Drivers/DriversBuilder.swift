import DemarcheModel
import DemarcheReport

/// The drivers section of a run's report: each outcome's per-run response
/// against the parameters the run drew (``RunResult/drawnInputs``).
public enum DriversBuilder {
    /// How many replications should keep their drawn values for `plan`
    /// (``DriversSummary/keptRuns(of:inputs:)``), for ``RunConfiguration/inputRuns``.
    public static func inputRuns(_ plan: ReplicationPlan, runs: Int) -> Int {
        DriversSummary.keptRuns(of: runs, inputs: plan.drawnPaths.count)
    }

    public static func drivers(_ result: RunResult) -> DriversSummary {
        let model = result.plan.model
        let runs = result.drawnInputs.first?.count ?? 0
        let responses = model.outcomes.enumerated().map { index, outcome in
            DriversSummary.Response(id: outcome.id, label: outcome.label, description: outcome.responseDescription(model.calendar),
                                    values: result.outcomeValues[index].prefix(runs).map(outcome.response))
        }
        return DriversSummary.analyse(inputs: result.plan.drawnPaths, columns: result.drawnInputs, responses: responses,
                                      totalRuns: result.runs)
    }
}

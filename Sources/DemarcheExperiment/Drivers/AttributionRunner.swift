import DemarcheModel
import DemarcheReport

/// Exclude-one attribution: the run again without each mechanic the
/// scenario has (``Model/without(_:)``), with the same seed, generator and
/// runs, so that replication r of each rerun shares its streams with
/// replication r of the run (common random numbers); each outcome's change
/// is measured run by run (``AttributionSummary/Change/paired(id:label:binary:with:without:)``).
/// One extra run per mechanic present; each rerun's values are dropped once
/// compared, so memory holds two runs' outcome values at most.
public enum AttributionRunner {
    /// The mechanics `model` has, which ``run(_:base:progress:)`` reruns without.
    public static func present(in model: Model) -> [Mechanic] { Mechanic.allCases.filter(model.has) }

    /// `plans`: the run's worker plans; `base`: its result; `progress`
    /// receives (runs done, runs planned) over all the reruns.
    public static func run(
        _ plans: [ReplicationPlan], base: RunResult, progress: (Int, Int) -> Void = { _, _ in }
    ) async throws(RunError) -> AttributionSummary {
        let model = base.plan.model
        var configuration = base.configuration
        configuration.runs = base.runs
        configuration.untilPrecision = nil
        configuration.inputRuns = 0
        var mechanics: [AttributionSummary.MechanicChanges] = []
        let present = present(in: model)
        for (position, mechanic) in present.enumerated() {
            let variant = plans.map { ReplicationPlan($0.model.without(mechanic)) }
            let rerun = try await MonteCarloRunner.run(variant, configuration) { done, _ in
                progress(position * base.runs + done, present.count * base.runs)
            }
            let changes = model.outcomes.enumerated().map { index, outcome in
                AttributionSummary.Change.paired(
                    id: outcome.id, label: outcome.label, binary: outcome.isBinary,
                    with: base.outcomeValues[index].map(outcome.response),
                    without: rerun.outcomeValues[index].map(outcome.response))
            }
            mechanics.append(.init(mechanic: mechanic.rawValue, title: mechanic.title, changes: changes))
        }
        return AttributionSummary(
            runs: base.runs, mechanics: mechanics,
            absent: Mechanic.allCases.filter { !model.has($0) }.map(\.rawValue))
    }
}

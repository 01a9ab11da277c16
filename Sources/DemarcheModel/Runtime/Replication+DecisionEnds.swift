import DemarcheKernel
import Foundation

extension Replication {
    /// A decision is activated (at the start, by an effect, or by an option
    /// that opens it): once all its prerequisites have happened (at once, or
    /// when the last one does) it becomes active: its age clock starts
    /// (unless `since` dates it), its ends are drawn, and its first
    /// compliance candidate. Activating an active decision does nothing.
    mutating func activateDecision(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard !decisions[index].active else { return }
        for position in plan.prerequisites.range(index) where occurrences[plan.prerequisites.index(position)] == 0 {
            decisions[index].waiting = true
            return
        }
        decisions[index].waiting = false
        decisions[index].active = true
        decisions[index].origin = plan.since[index] ?? simulation.now
        scheduleEnd(index, &simulation)
        redrawDecision(index, &simulation)
    }

    /// Draws every end's latent time once, given survival to the current age
    /// (the ends have no covariates, so nothing later changes their hazards),
    /// and schedules the earliest if it falls before the horizon.
    mutating func scheduleEnd(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let ends = plan.ends.range(index)
        guard !ends.isEmpty, decisions[index].open else { return }
        let age = simulation.now - decisions[index].origin
        var earliest = (wait: Double.infinity, cause: 0)
        for position in ends {
            // One draw per end whatever its rate, so a zero rate (never) does
            // not shift the other ends' draws.
            let baseline = BaselineHazard(plan.ends[position].baseline, values: values)
            let wait = baseline.wait(from: age, adding: -log(streams.ends[index].uniformPositive()) / baseline.rate)
            if wait < earliest.wait { earliest = (wait, position - ends.lowerBound) }
        }
        guard simulation.now + earliest.wait < model.horizon else { return }
        decisions[index].end = simulation.schedule(
            .decisionEnds(decision: Int32(index), cause: Int32(earliest.cause)), after: earliest.wait)
    }

    /// The earliest end came before compliance: the decision closes without
    /// complying, and its pending candidate is cancelled.
    mutating func endDecision(_ index: Int, cause: Int, _ simulation: inout Simulation<ModelEvent>) {
        decisions[index].end = nil
        guard decisions[index].open else { return }
        decisions[index].ended = cause
        if let candidate = decisions[index].candidate { simulation.cancel(candidate) }
        decisions[index].candidate = nil
        let detail = tracing ? "ended without compliance, case aged \(Int((simulation.now - decisions[index].origin).rounded())) days" : ""
        record(Int(plan.ends[plan.ends.range(index).lowerBound + cause].event), at: simulation.now, detail: detail, &simulation)
    }
}

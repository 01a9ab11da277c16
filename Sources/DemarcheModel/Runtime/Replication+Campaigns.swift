import DemarcheKernel
import Foundation

extension Replication {
    /// An instrument's flat position (in ``ReplicationPlan/instruments`` and
    /// in the replication's per-instrument state).
    @inline(__always)
    func slot(_ campaign: Int, _ instrument: Int) -> Int { plan.instruments.range(campaign).lowerBound + instrument }

    /// Starts a campaign: instruments dated before now that have not landed
    /// count as past pressure, later ones are scheduled, recurring ones get
    /// their first firing.
    mutating func startCampaign(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let first = plan.instruments.range(index).lowerBound
        for slot in plan.instruments.range(index) {
            let position = slot - first
            switch plan.instruments[slot].timing {
            case .at where instrumentLanded[slot]:
                continue
            case .at(let time) where time < simulation.now:
                applyInstrument(index, position, at: time, &simulation)
            case .at(let time):
                instrumentEvents[slot] = simulation.schedule(
                    .instrument(campaign: Int32(index), instrument: Int32(position)), at: time)
            case .periodic, .poisson:
                scheduleRecurrence(index, position, &simulation)
            }
        }
    }

    /// Schedules a recurring instrument's next firing: one period from now
    /// (periodic), or an exponential gap of the mean (Poisson).
    mutating func scheduleRecurrence(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        let gap: Double
        switch plan.instruments[slot(campaign, instrument)].timing {
        case .at: return
        case .periodic(let period): gap = values[period.index]
        case .poisson(let mean):
            let mean = values[mean.index]
            guard mean > 0, mean.isFinite else { return }
            gap = -mean * log(streams.campaigns[slot(campaign, instrument)].uniformPositive())
        }
        guard gap > 0, simulation.now + gap < model.horizon else { return }
        instrumentEvents[slot(campaign, instrument)] = simulation.schedule(
            .instrument(campaign: Int32(campaign), instrument: Int32(instrument)), after: gap)
    }

    /// A scheduled instrument lands, and a recurring one is scheduled again
    /// (stopping the campaign, or carrying out or dropping the threat,
    /// cancels the pending firing).
    mutating func fireInstrument(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        instrumentEvents[slot(campaign, instrument)] = nil
        applyInstrument(campaign, instrument, at: simulation.now, &simulation)
        scheduleRecurrence(campaign, instrument, &simulation)
    }

    /// Adds the instrument's pressure, records it, redraws the targets'
    /// decisions, and on a threat's first landing draws its follow-through.
    mutating func applyInstrument(_ campaign: Int, _ instrument: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        let slot = slot(campaign, instrument)
        let facts = plan.instruments[slot]
        let targets = plan.instrumentTargets.range(slot)
        press(campaign, instrument: slot, magnitude: values[Int(facts.magnitude)], at: time)
        let detail = tracing ? instrumentDetail(slot, at: time) : ""
        let actor = targets.count == 1 ? plan.instrumentTargets.index(targets.lowerBound) : nil
        record(Int(facts.event), at: time, actor: actor, detail: detail, &simulation)
        for position in targets { redrawDecisions(of: plan.instrumentTargets.index(position), &simulation) }
        if !instrumentLanded[slot] {
            instrumentLanded[slot] = true
            if facts.hasFollowThrough { drawFollowThrough(campaign, instrument, madeAt: time, &simulation) }
        }
    }

    /// Adds `magnitude` × the sender's leverage over each of the
    /// instrument's targets to its pressure at `time`, decaying with the
    /// campaign's half-life.
    mutating func press(_ campaign: Int, instrument slot: Int, magnitude: Double, at time: Double) {
        let halfLife = values[Int(plan.halfLives[campaign])]
        let actors = retaliations.count
        for position in plan.instrumentTargets.range(slot) {
            let target = plan.instrumentTargets.index(position)
            pressure.add(magnitude * leverage[campaign * actors + target], to: target, at: time, halfLife: halfLife)
        }
    }

    /// Stops a campaign: its pending instruments and threats' follow-through
    /// are cancelled (pressure already applied keeps decaying).
    mutating func stopCampaign(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        campaignActive[index] = false
        for slot in plan.instruments.range(index) {
            if let handle = instrumentEvents[slot] { simulation.cancel(handle) }
            if let handle = followThroughEvents[slot] { simulation.cancel(handle) }
            instrumentEvents[slot] = nil
            followThroughEvents[slot] = nil
        }
    }

    func instrumentDetail(_ slot: Int, at time: Double) -> String {
        plan.instrumentTargets.range(slot).map { position in
            let target = plan.instrumentTargets.index(position)
            return "\(model.actors[target].id) pressure \(format(pressure.pressure(on: target, at: time)))"
        }.joined(separator: ", ")
    }

    func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return String(rounded)
    }
}

import DemarcheKernel

extension Replication {
    /// How many times a threat dated before now has its follow-through
    /// drawn again (it must fall at or after now) before it is left hanging:
    /// the file then contradicts itself, nearly every follow-through coming
    /// before its campaign starts.
    static var followThroughAttempts: Int { 1_000 }

    /// A threat made at `time`: draws whether it will be carried out (its
    /// probability), dropped (its probability) or neither, and when, from its
    /// own delay counted from `time`. A threat dated before now (the start,
    /// or its campaign's activation) is known not to have been resolved yet,
    /// so the choice and delay are drawn given that, by rejection.
    mutating func drawFollowThrough(_ campaign: Int, _ instrument: Int, madeAt time: Double, _ simulation: inout Simulation<ModelEvent>) {
        guard let follow = model.campaigns[campaign].instruments[instrument].followThrough else { return }
        let carryOut = follow.carriedOut.map { values[$0.probability.index] } ?? 0
        let drop = follow.dropped.map { values[$0.probability.index] } ?? 0
        let elapsed = simulation.now - time
        for _ in 0..<Self.followThroughAttempts {
            let u = streams.threats[slot(campaign, instrument)].uniform()
            let step: (event: ModelEvent, delay: Delay)
            if let carried = follow.carriedOut, u < carryOut {
                step = (.threatCarriedOut(campaign: Int32(campaign), instrument: Int32(instrument)), carried.delay)
            } else if let dropped = follow.dropped, u < carryOut + drop {
                step = (.threatDropped(campaign: Int32(campaign), instrument: Int32(instrument)), dropped.delay)
            } else {
                return
            }
            let wait = drawWait(step.delay, streams.threats[slot(campaign, instrument)], from: time)
            guard wait >= elapsed else { continue }
            // `max`: time + (now − time) may round below now.
            followThroughEvents[slot(campaign, instrument)] = simulation.schedule(step.event, at: max(time + wait, simulation.now))
            return
        }
    }

    /// The threat is carried out, unless one of its `unless` events has
    /// happened: the measure adds its pressure on the threat's targets (the
    /// cost of not complying), its effects apply, and the threat stops
    /// recurring.
    mutating func carryOutThreat(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        followThroughEvents[slot(campaign, instrument)] = nil
        let tool = model.campaigns[campaign].instruments[instrument]
        guard let follow = tool.followThrough, let step = follow.carriedOut, holds(.notOccurred(events: step.unless)) else { return }
        settleThreat(campaign, instrument, &simulation)
        press(campaign, instrument: slot(campaign, instrument), magnitude: values[follow.carriedOutMagnitude.index], at: simulation.now)
        let detail = tracing ? "carried out: " + instrumentDetail(slot(campaign, instrument), at: simulation.now) : ""
        record(step.event, at: simulation.now, actor: tool.targets.count == 1 ? tool.targets[0] : nil, detail: detail, &simulation)
        apply(step.effects, &simulation)
        for target in tool.targets { redrawDecisions(of: target, &simulation) }
    }

    /// The sender drops the threat, unless one of its `unless` events has
    /// happened: its effects apply and the threat stops recurring.
    mutating func dropThreat(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        followThroughEvents[slot(campaign, instrument)] = nil
        let tool = model.campaigns[campaign].instruments[instrument]
        guard let step = tool.followThrough?.dropped, holds(.notOccurred(events: step.unless)) else { return }
        settleThreat(campaign, instrument, &simulation)
        record(step.event, at: simulation.now, actor: tool.targets.count == 1 ? tool.targets[0] : nil,
               detail: tracing ? "dropped by \(model.actors[model.campaigns[campaign].sender].id)" : "", &simulation)
        apply(step.effects, &simulation)
    }

    /// A carried-out or dropped threat is not made again.
    mutating func settleThreat(_ campaign: Int, _ instrument: Int, _ simulation: inout Simulation<ModelEvent>) {
        if let next = instrumentEvents[slot(campaign, instrument)] { simulation.cancel(next) }
        instrumentEvents[slot(campaign, instrument)] = nil
    }
}

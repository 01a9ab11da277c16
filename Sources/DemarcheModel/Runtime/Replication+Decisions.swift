import DemarcheKernel
import Foundation

/// A decision's progress in one replication.
struct DecisionState {
    /// Its hazards have started (it was activated and its prerequisites met).
    var active = false
    /// Activated, but waiting for a prerequisite event.
    var waiting = false
    var decided: Int?
    /// Whether the option decided complies.
    var complied = false
    /// How many of its peers have complied (a peer listed twice counts twice).
    var compliedPeers = 0
    /// The end that closed it without compliance, by position in `Decision.ends`.
    var ended: Int?
    var candidate: EventHandle?
    /// The pending earliest end, if it falls before the horizon.
    var end: EventHandle?
    /// The bound on the intensity the pending candidate was drawn under.
    var bound = 0.0
    /// Clock time of age 0 (`since`, or when the decision became active).
    var origin = 0.0

    /// Active, and neither decided nor ended: its hazards still run.
    var open: Bool { active && decided == nil && ended == nil }
}

/// A decision's hazard terms with this replication's parameter values,
/// kept inline so evaluating the hazard allocates nothing.
struct HazardTerms {
    var baseline: BaselineHazard
    var actor: Int
    var cost: Double
    var retaliation: Double
    var pressure: Double
    var alignment: Double
    var costCoefficient: Double
    var peers: Double
    var opposition: Double
    var retaliationCoefficient: Double

    init(_ facts: ReplicationPlan.HazardFacts, retaliation: Double, values: [Double]) {
        baseline = BaselineHazard(facts.baseline, values: values)
        actor = Int(facts.actor)
        cost = values[Int(facts.cost)]
        self.retaliation = retaliation
        pressure = values[Int(facts.pressure)]
        alignment = values[Int(facts.alignment)]
        costCoefficient = values[Int(facts.costCoefficient)]
        peers = values[Int(facts.peers)]
        opposition = values[Int(facts.opposition)]
        retaliationCoefficient = values[Int(facts.retaliation)]
    }
}

extension Replication {
    /// The decision's intensity at `time`: the baseline's rate × exp(Σ βₖ·xₖ);
    /// the hazard is this times the baseline's shape factor (k/λ)(a/λ)^(k−1),
    /// which is 1 for a constant baseline. Capped at ``maximumIntensity``.
    @inline(__always)
    func intensity(_ index: Int, at time: Double) -> Double {
        intensity(index, pressure: pressure.pressure(on: hazardTerms[index].actor, at: time))
    }

    /// The intensity under a given pressure on the decision's actor (capped).
    @inline(__always)
    func intensity(_ index: Int, pressure: Double) -> Double {
        min(hazardTerms[index].baseline.rate * relativeHazard(index, pressure: pressure), Self.maximumIntensity)
    }

    /// 10³⁰⁰ per day: a decision this likely is taken at once. Without the
    /// cap, a large rate times exp(700) overflows to ∞, and an infinite
    /// thinning bound would mean the decision is never taken.
    static var maximumIntensity: Double { 1e300 }

    /// exp(Σ βₖ·xₖ) over the covariates of `Decision.Covariate`, under a
    /// given pressure on the decision's actor.
    /// (Fields are read one by one: copying the terms would copy 120 bytes.)
    @inline(__always)
    func relativeHazard(_ index: Int, pressure: Double) -> Double {
        let attributes = plan.actorAttributes.range(hazardTerms[index].actor).lowerBound
        let exponent = hazardTerms[index].pressure * pressure
            + hazardTerms[index].alignment * self.attributes[attributes + Actor.Attribute.alignment.position]
            + hazardTerms[index].costCoefficient * hazardTerms[index].cost
            + hazardTerms[index].peers * peerShare(index)
            + hazardTerms[index].opposition * self.attributes[attributes + Actor.Attribute.opposition.position]
            + hazardTerms[index].retaliationCoefficient * hazardTerms[index].retaliation
        return exp(min(max(exponent, -700), 700))
    }

    /// The compliance hazard per day at `time`, for the trace.
    func hazard(_ index: Int, at time: Double) -> Double {
        hazardTerms[index].baseline.hazard(at: time - decisions[index].origin)
            * relativeHazard(index, pressure: pressure.pressure(on: hazardTerms[index].actor, at: time))
    }

    /// Share of the decision's peers that have complied, 0 … 1.
    @inline(__always)
    func peerShare(_ index: Int) -> Double {
        let peers = plan.peers.range(index).count
        return peers == 0 ? 0 : Double(decisions[index].compliedPeers) / Double(peers)
    }

    mutating func redrawDecisions(of actor: Int, _ simulation: inout Simulation<ModelEvent>) {
        for position in plan.decisionsByActor.range(actor) { redrawDecision(plan.decisionsByActor.index(position), &simulation) }
    }

    /// Draws the next candidate time by thinning (Lewis & Shedler 1979).
    /// Until the next covariate change (which redraws), only pressure moves,
    /// and it stays within `PressureLedger.Reading.range`; the intensity at the end
    /// of that range that maximises β·p bounds it. The dominating process has
    /// hazard h₀(a) × that bound: its next point inverts the baseline's
    /// cumulative hazard from the current age, and is accepted with
    /// probability intensity / bound.
    mutating func redrawDecision(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        if let candidate = decisions[index].candidate { simulation.cancel(candidate) }
        decisions[index].candidate = nil
        guard decisions[index].open else { return }
        let now = simulation.now
        let reading = pressure.reading(on: hazardTerms[index].actor, at: now)
        let current = intensity(index, pressure: reading.pressure)
        let beta = hazardTerms[index].pressure
        let worst = max(beta * reading.range.lowerBound, beta * reading.range.upperBound)
        let bound = min(current * exp(min(max(worst - beta * reading.pressure, -700), 700)), Self.maximumIntensity)
        guard bound > 0 else { return }
        decisions[index].bound = bound
        let age = now - decisions[index].origin
        let wait = hazardTerms[index].baseline.wait(from: age, adding: -log(streams.decisions[index].uniformPositive()) / bound)
        guard now + wait < model.horizon else { return }
        decisions[index].candidate = simulation.schedule(.decisionCandidate(decision: Int32(index)), after: wait)
    }

    /// A candidate time: accept with probability intensity(t)/bound, else draw again.
    mutating func considerDecision(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        decisions[index].candidate = nil
        let accept = intensity(index, at: simulation.now) / decisions[index].bound
        guard streams.decisions[index].uniform() < accept else {
            redrawDecision(index, &simulation)
            return
        }
        let options = plan.options.range(index)
        var total = 0.0
        for position in options { total += max(0, values[Int(plan.options[position].weight)]) }
        var u = streams.decisions[index].uniform() * total
        var option = options.count - 1
        for position in options {
            let weight = max(0, values[Int(plan.options[position].weight)])
            guard weight > 0 else { continue }
            if u < weight { option = position - options.lowerBound; break }
            u -= weight
        }
        decide(index, option: option, at: simulation.now, &simulation)
    }

    /// Takes the decision: records it, schedules its exclusion, opens the
    /// decisions the option opens, alerts peers and the patrons' countermeasures.
    mutating func decide(_ index: Int, option: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        let facts = plan.options[plan.options.range(index).lowerBound + option]
        decisions[index].decided = option
        if facts.complies, !decisions[index].complied {
            for position in plan.dependentsByDecision.range(index) {
                decisions[plan.dependentsByDecision.index(position)].compliedPeers += 1
            }
        }
        decisions[index].complied = facts.complies
        if let end = decisions[index].end { simulation.cancel(end) }
        decisions[index].end = nil
        let prior = plan.priors[index] != nil && time <= 0
        let detail = !tracing ? "" : prior ? "decided before the start" : "hazard \(format(hazard(index, at: time) * 30))/month"
        record(Int(facts.event), at: time, detail: detail, &simulation)
        if let phaseOut = borrowing(model.decisions, index, { $0.options[option].exclusion?.phaseOut }) {
            let wait = drawWait(phaseOut, streams.exclusions[index], from: time)
            simulation.schedule(.exclusionTakesEffect(decision: Int32(index), option: Int32(option)),
                                at: max(time + wait, simulation.now))
        }
        for position in plan.opens.range(plan.options.range(index).lowerBound + option) {
            activateDecision(plan.opens.index(position), &simulation)
        }
        guard facts.complies else { return }
        for position in plan.dependentsByDecision.range(index) {
            redrawDecision(plan.dependentsByDecision.index(position), &simulation)
        }
        provokeCountermeasures(index, at: time, &simulation)
    }

    /// Moves the vendor's market share and gives what it loses to the other
    /// vendors in proportion to their shares.
    mutating func applyExclusion(_ decision: Int, _ option: Int, at time: Double) {
        guard let exclusion = borrowing(model.decisions, decision, { $0.options[option].exclusion }) else { return }
        let row = plan.marketShares.range(exclusion.market)
        let vendor = row.lowerBound + exclusion.vendor
        let before = shares[vendor]
        let after: Double
        switch exclusion.kind {
        case .full: after = 0
        case .coreOnly(let fraction): after = before * (1 - min(max(values[fraction.index], 0), 1))
        case .cap(let cap): after = min(before, max(values[cap.index], 0))
        }
        let others = 1 - before
        shares[vendor] = after
        for position in row where position != vendor {
            shares[position] = others > 0 ? shares[position] + (before - after) * shares[position] / others : shares[position]
        }
        if tracing {
            let market = model.markets[exclusion.market]
            trace.append(TraceEntry(
                time: time, actor: model.actors[market.country].id, event: "exclusion \(market.id)",
                detail: "\(market.vendors[exclusion.vendor]) share \(format(before)) → \(format(after))"))
        }
    }
}

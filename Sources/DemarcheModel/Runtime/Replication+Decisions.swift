import DemarcheKernel
import Foundation

/// A decision's progress in one replication.
struct DecisionState {
    /// Its hazards have started (it was activated and its prerequisites met).
    var active = false
    /// Activated, but waiting for a prerequisite event.
    var waiting = false
    var decided: Int?
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

    init(_ decision: Decision, retaliation: Double, values: [Double]) {
        let beta = decision.coefficients.map { values[$0.index] }
        baseline = BaselineHazard(decision.baseline, values: values)
        actor = decision.actor
        cost = values[decision.cost.index]
        self.retaliation = retaliation
        pressure = beta[0]
        alignment = beta[1]
        costCoefficient = beta[2]
        peers = beta[3]
        opposition = beta[4]
        retaliationCoefficient = beta[5]
    }
}

extension Replication {
    /// The decision's intensity at `time`: the baseline's rate × exp(Σ βₖ·xₖ);
    /// the hazard is this times the baseline's shape factor (k/λ)(a/λ)^(k−1),
    /// which is 1 for a constant baseline. Capped at ``maximumIntensity``.
    func intensity(_ index: Int, at time: Double) -> Double {
        min(hazardTerms[index].baseline.rate * relativeHazard(index, at: time), Self.maximumIntensity)
    }

    /// 10³⁰⁰ per day: a decision this likely is taken at once. Without the
    /// cap, a large rate times exp(700) overflows to ∞, and an infinite
    /// thinning bound would mean the decision is never taken.
    static var maximumIntensity: Double { 1e300 }

    /// exp(Σ βₖ·xₖ(time)) over the covariates of `Decision.Covariate`.
    func relativeHazard(_ index: Int, at time: Double) -> Double {
        let terms = hazardTerms[index]
        let attributes = attributes[terms.actor]
        let exponent = terms.pressure * pressure.pressure(on: terms.actor, at: time)
            + terms.alignment * attributes[Actor.Attribute.alignment.position]
            + terms.costCoefficient * terms.cost
            + terms.peers * peerShare(index)
            + terms.opposition * attributes[Actor.Attribute.opposition.position]
            + terms.retaliationCoefficient * terms.retaliation
        return exp(min(max(exponent, -700), 700))
    }

    /// The compliance hazard per day at `time`, for the trace.
    func hazard(_ index: Int, at time: Double) -> Double {
        hazardTerms[index].baseline.hazard(at: time - decisions[index].origin) * relativeHazard(index, at: time)
    }

    /// Share of the decision's peers that have complied, 0 … 1.
    func peerShare(_ index: Int) -> Double {
        let peers = model.decisions[index].peers
        guard !peers.isEmpty else { return 0 }
        var complied = 0
        for peer in peers where decisionComplied(peer) { complied += 1 }
        return Double(complied) / Double(peers.count)
    }

    func decisionComplied(_ index: Int) -> Bool {
        decisions[index].decided.map { model.decisions[index].options[$0].complies } ?? false
    }

    mutating func redrawDecisions(of actor: Int, _ simulation: inout Simulation<ModelEvent>) {
        for decision in plan.decisionsByActor[actor] { redrawDecision(decision, &simulation) }
    }

    /// Draws the next candidate time by thinning (Lewis & Shedler 1979).
    /// Until the next covariate change (which redraws), only pressure moves,
    /// and it stays within `PressureLedger.range`; the intensity at the end
    /// of that range that maximises β·p bounds it. The dominating process has
    /// hazard h₀(a) × that bound: its next point inverts the baseline's
    /// cumulative hazard from the current age, and is accepted with
    /// probability intensity / bound.
    mutating func redrawDecision(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        if let candidate = decisions[index].candidate { simulation.cancel(candidate) }
        decisions[index].candidate = nil
        guard decisions[index].open else { return }
        let now = simulation.now
        let actor = model.decisions[index].actor
        let current = intensity(index, at: now)
        let beta = hazardTerms[index].pressure
        let range = pressure.range(on: actor, at: now)
        let worst = max(beta * range.lowerBound, beta * range.upperBound)
        let bound = min(current * exp(min(max(worst - beta * pressure.pressure(on: actor, at: now), -700), 700)), Self.maximumIntensity)
        guard bound > 0 else { return }
        decisions[index].bound = bound
        let age = now - decisions[index].origin
        let wait = hazardTerms[index].baseline.wait(from: age, adding: -log(streams.decisions.uniformPositive()) / bound)
        guard now + wait < model.horizon else { return }
        decisions[index].candidate = simulation.schedule(.decisionCandidate(decision: Int32(index)), after: wait)
    }

    /// A candidate time: accept with probability intensity(t)/bound, else draw again.
    mutating func considerDecision(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        decisions[index].candidate = nil
        let accept = intensity(index, at: simulation.now) / decisions[index].bound
        guard streams.decisions.uniform() < accept else {
            redrawDecision(index, &simulation)
            return
        }
        let decision = model.decisions[index]
        let weights = decision.options.map { max(0, values[$0.weight.index]) }
        let total = weights.reduce(0, +)
        var u = streams.decisions.uniform() * total
        var option = weights.count - 1
        for (position, weight) in weights.enumerated() where weight > 0 {
            if u < weight { option = position; break }
            u -= weight
        }
        decide(index, option: option, at: simulation.now, &simulation)
    }

    /// Takes the decision: records it, schedules its exclusion, opens the
    /// decisions the option opens, alerts peers and the patrons' countermeasures.
    mutating func decide(_ index: Int, option: Int, at time: Double, _ simulation: inout Simulation<ModelEvent>) {
        decisions[index].decided = option
        if let end = decisions[index].end { simulation.cancel(end) }
        decisions[index].end = nil
        let spec = model.decisions[index].options[option]
        let prior = model.decisions[index].prior != nil && time <= 0
        let detail = !tracing ? "" : prior ? "decided before the start" : "hazard \(format(hazard(index, at: time) * 30))/month"
        record(spec.event, at: time, detail: detail, &simulation)
        if let exclusion = spec.exclusion {
            let wait = drawWait(exclusion.phaseOut, streams.exclusions, from: time)
            simulation.schedule(.exclusionTakesEffect(decision: Int32(index), option: Int32(option)),
                                at: max(time + wait, simulation.now))
        }
        for opened in spec.opens { activateDecision(opened, &simulation) }
        guard spec.complies else { return }
        for dependent in plan.dependentsByDecision[index] { redrawDecision(dependent, &simulation) }
        provokeCountermeasures(index, at: time, &simulation)
    }

    /// Moves the vendor's market share and gives what it loses to the other
    /// vendors in proportion to their shares.
    mutating func applyExclusion(_ decision: Int, _ option: Int, at time: Double) {
        guard let exclusion = model.decisions[decision].options[option].exclusion else { return }
        var row = shares[exclusion.market]
        let before = row[exclusion.vendor]
        let after: Double
        switch exclusion.kind {
        case .full: after = 0
        case .coreOnly(let fraction): after = before * (1 - min(max(values[fraction.index], 0), 1))
        case .cap(let cap): after = min(before, max(values[cap.index], 0))
        }
        let others = 1 - before
        row[exclusion.vendor] = after
        for vendor in row.indices where vendor != exclusion.vendor {
            row[vendor] = others > 0 ? row[vendor] + (before - after) * row[vendor] / others : row[vendor]
        }
        shares[exclusion.market] = row
        if tracing {
            let market = model.markets[exclusion.market]
            trace.append(TraceEntry(
                time: time, actor: model.actors[market.country].id, event: "exclusion \(market.id)",
                detail: "\(market.vendors[exclusion.vendor]) share \(format(before)) → \(format(after))"))
        }
    }
}

import DemarcheKernel

extension Replication {
    /// A trigger's event happened: if it may still fire and its conditions
    /// hold, it fires with its probability, after its delay. Only a draw
    /// that succeeds is a firing and counts towards `maxFirings`; a failed
    /// one leaves the trigger for its next event.
    mutating func considerTrigger(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard triggerFirings[index] < borrowing(model.triggers, index, { $0.maxFirings }),
            borrowing(model.triggers, index, { $0.conditions }).allSatisfy(holds) else { return }
        if schedule(consequence: index, &simulation) { triggerFirings[index] += 1 }
    }

    /// Schedules consequence `index` (triggers first, then shock outcomes)
    /// with its probability, and says whether it was scheduled; zero delays
    /// still go through the event queue, so the event limit catches loops.
    @discardableResult
    mutating func schedule(consequence index: Int, _ simulation: inout Simulation<ModelEvent>) -> Bool {
        let consequence = plan.consequences[index]
        guard streams.consequences[index].uniform() < values[consequence.probability.index] else { return false }
        simulation.schedule(.consequence(index: Int32(index)), after: drawWait(consequence.delay, streams.consequences[index], from: simulation.now))
        return true
    }

    mutating func applyConsequence(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let consequence = plan.consequences[index]
        if let event = consequence.event { record(event, at: simulation.now, &simulation) }
        apply(consequence.effects, &simulation)
    }

    @inline(__always)
    func holds(_ condition: Condition) -> Bool {
        switch condition {
        case .occurred(let events, let atLeast):
            events.count { occurrences[$0.index] > 0 } >= atLeast
        case .notOccurred(let events):
            events.allSatisfy { occurrences[$0.index] == 0 }
        case .attribute(let actor, let attribute, let above, let threshold):
            above ? attributes[attributePosition(actor, attribute)] > values[threshold.index]
                : attributes[attributePosition(actor, attribute)] < values[threshold.index]
        }
    }

    mutating func apply(_ effects: [Effect], _ simulation: inout Simulation<ModelEvent>) {
        for effect in effects {
            switch effect {
            case .revoke(let orders):
                for order in orders { revokeOrder(order, &simulation) }
            case .comply(let orders):
                for order in orders { complyWithOrder(order, effect: true, &simulation) }
            case .activate(let activation):
                for order in activation.orders where orders[order].status == .dormant {
                    simulation.schedule(.orderIssued(order: Int32(order)), after: 0)
                }
                for decision in activation.decisions { activateDecision(decision, &simulation) }
                for campaign in activation.campaigns where !campaignActive[campaign] {
                    campaignActive[campaign] = true
                    startCampaign(campaign, &simulation)
                }
            case .stop(let campaigns):
                for campaign in campaigns { stopCampaign(campaign, &simulation) }
            case .pressure(let actors, let magnitude, let halfLife):
                for actor in actors {
                    pressure.add(values[magnitude.index], to: actor, at: simulation.now, halfLife: values[halfLife.index])
                    redrawDecisions(of: actor, &simulation)
                }
            case .adjust(let actor, let attribute, let by):
                let value = attributes[attributePosition(actor, attribute)] + values[by.index]
                attributes[attributePosition(actor, attribute)] = min(max(value, 0), 1)
                redrawDecisions(of: actor, &simulation)
            }
        }
    }

    /// A shock's date: draw its outcome, record it, schedule its consequences.
    mutating func resolveShock(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let shock = model.shocks[index]
        var u = streams.shocks[index].uniform()
        var chosen = shock.outcomes.count - 1
        for (position, outcome) in shock.outcomes.enumerated() {
            let p = values[outcome.probability.index]
            if u < p { chosen = position; break }
            u -= p
        }
        let outcome = shock.outcomes[chosen]
        record(outcome.event, at: simulation.now, &simulation)
        let first = plan.shockConsequenceStart[index][chosen]
        for offset in outcome.consequences.indices { schedule(consequence: first + offset, &simulation) }
    }

    mutating func escalate(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let escalation = model.escalations[index]
        record(escalation.event, at: simulation.now, &simulation)
        apply(escalation.effects, &simulation)
    }
}

extension Replication {
    /// An attribute's flat position among the replication's attributes.
    @inline(__always)
    func attributePosition(_ actor: Int, _ attribute: Actor.Attribute) -> Int {
        plan.actorAttributes.range(actor).lowerBound + attribute.position
    }
}

extension Actor.Attribute {
    /// The attribute's position in an actor's attribute list.
    var position: Int {
        switch self {
        case .alignment: 0
        case .dependence: 1
        case .opposition: 2
        }
    }
}

extension Replication {
    /// Resets the state for a new replication, in place, and draws its
    /// parameters from the `parameters` stream (those given as distributions,
    /// in table order; fixed values stay as the plan gave them).
    mutating func prepare() {
        for position in plan.drawnParameters.indices {
            values[Int(plan.drawnParameters[position])] = plan.drawnDistributions[position].sample(using: streams.parameters)
        }
        for position in attributes.indices { attributes[position] = values[plan.actorAttributes.index(position)] }
        for market in 0..<plan.marketShares.rowCount {
            let range = plan.marketShares.range(market)
            var total = 0.0
            for position in range {
                shares[position] = max(0, values[plan.marketShares.index(position)])
                total += shares[position]
            }
            if total > 0 { for position in range { shares[position] /= total } }
        }
        let actors = retaliations.count
        for cell in leverage.indices { leverage[cell] = 1 }
        for campaign in 0..<plan.senderRelations.rowCount {
            for position in plan.senderRelations.range(campaign) {
                let relation = plan.senderRelations[position]
                leverage[campaign * actors + Int(relation.target)] += values[Int(relation.weight)]
            }
        }
        hazardTerms.removeAll(keepingCapacity: true)
        for decision in plan.hazards.indices {
            var retaliation = 0.0
            for position in plan.retaliationThreats.range(decision) {
                let threat = plan.retaliationThreats[position]
                retaliation += values[Int(threat.probability)] * values[Int(threat.severity)]
            }
            hazardTerms.append(HazardTerms(plan.hazards[decision], retaliation: retaliation, values: values))
        }
        pressure.removeAll()
        for campaign in campaignActive.indices { campaignActive[campaign] = borrowing(model.campaigns, campaign, { $0.activeAtStart }) }
        for position in instrumentEvents.indices {
            instrumentEvents[position] = nil
            instrumentLanded[position] = false
            followThroughEvents[position] = nil
        }
        for decision in decisions.indices { decisions[decision] = DecisionState() }
        for order in orders.indices { orders[order] = OrderState() }
        for trigger in triggerFirings.indices { triggerFirings[trigger] = 0 }
        for actor in retaliations.indices { retaliations[actor] = 0 }
        for event in firstTime.indices {
            firstTime[event] = .infinity
            occurrences[event] = 0
        }
        for outcome in inForceObserved.indices { inForceObserved[outcome] = nil }
        if !trace.isEmpty { trace.removeAll(keepingCapacity: true) }
        failure = nil
    }
}

/// What every replication of a model shares: the model and the lookup
/// tables its event handlers need. Built once per model (O(model size)),
/// then used by any number of replications on any number of threads.
public struct ReplicationPlan: Sendable {
    public let model: Model
    /// Decisions of each actor.
    let decisionsByActor: [[Int]]
    /// Decisions that count each decision among their peers.
    let dependentsByDecision: [[Int]]
    /// Triggers listening to each event.
    let triggersByEvent: [[Int]]
    /// Decisions that require each event (`requires`), so that they can start
    /// once their last prerequisite happens.
    let decisionsByPrerequisite: [[Int]]
    /// `in_force` outcomes observing each order.
    let inForceOutcomesByOrder: [[Int]]
    /// Triggers' consequences, then shock outcomes' consequences.
    let consequences: [Consequence]
    /// Where each shock outcome's consequences start in `consequences`.
    let shockConsequenceStart: [[Int]]
    /// The construct each consequence comes from, for runaway diagnoses.
    let consequenceOrigins: [String]
    /// Countermeasures punishing each decision, in model order.
    let countermeasuresByDecision: [[Int]]
    /// Parameters given as distributions, whose draws each replication checks.
    let drawnParameters: [Int]
    /// Relations from each campaign's sender to each of its targets, by campaign then target.
    let leverageRelations: [[Int: [Int]]]

    public init(_ model: Model) {
        self.model = model
        drawnParameters = model.parameters.entries.indices.filter { model.parameters.entries[$0].distribution.fixedValue == nil }
        var byActor = Array(repeating: [Int](), count: model.actors.count)
        var dependents = Array(repeating: [Int](), count: model.decisions.count)
        for (index, decision) in model.decisions.enumerated() {
            byActor[decision.actor].append(index)
            for peer in decision.peers { dependents[peer].append(index) }
        }
        decisionsByActor = byActor
        dependentsByDecision = dependents
        var byEvent = Array(repeating: [Int](), count: model.events.count)
        for (index, trigger) in model.triggers.enumerated() {
            for event in Set(trigger.on.map(\.index)).sorted() { byEvent[event].append(index) }
        }
        triggersByEvent = byEvent
        var byPrerequisite = Array(repeating: [Int](), count: model.events.count)
        for (index, decision) in model.decisions.enumerated() {
            for event in Set(decision.prerequisites.map(\.index)).sorted() { byPrerequisite[event].append(index) }
        }
        decisionsByPrerequisite = byPrerequisite
        var observing = Array(repeating: [Int](), count: model.orders.count)
        for (index, outcome) in model.outcomes.enumerated() {
            if case .inForce(let order, _) = outcome.measure { observing[order].append(index) }
        }
        inForceOutcomesByOrder = observing
        countermeasuresByDecision = model.decisions.indices.map { decision in
            model.countermeasures.indices.filter { model.countermeasures[$0].decisions.contains(decision) }
        }
        leverageRelations = model.campaigns.map { campaign in
            let targets = Set(campaign.targets + campaign.instruments.flatMap(\.targets))
            return Dictionary(uniqueKeysWithValues: targets.map { target in
                (target, model.relations.indices.filter { model.relations[$0].from == campaign.sender && model.relations[$0].to == target })
            })
        }
        consequences = model.triggers.map(\.consequence) + model.shocks.flatMap { $0.outcomes.flatMap(\.consequences) }
        var next = model.triggers.count
        shockConsequenceStart = model.shocks.map { shock in
            shock.outcomes.map { outcome in
                defer { next += outcome.consequences.count }
                return next
            }
        }
        consequenceOrigins = model.triggers.map { "trigger '\($0.id)'" }
            + model.shocks.flatMap { shock in
                shock.outcomes.flatMap { outcome in outcome.consequences.map { _ in "shock '\(shock.id)' (\(outcome.name))" } }
            }
    }
}

/// What every replication of a model shares: the model and the lookup
/// tables its event handlers need. Built once per model (O(model size)),
/// then used by any number of replications on any number of threads.
public struct ReplicationPlan: Sendable {
    public let model: Model
    /// Decisions of each actor.
    let decisionsByActor: IndexLists
    /// Decisions that count each decision among their peers.
    let dependentsByDecision: IndexLists
    /// Triggers listening to each event.
    let triggersByEvent: IndexLists
    /// Decisions that require each event (`requires`), so that they can start
    /// once their last prerequisite happens.
    let decisionsByPrerequisite: IndexLists
    /// `in_force` outcomes observing each order.
    let inForceOutcomesByOrder: IndexLists
    /// Each order's events, in `Order.Event.allCases` order.
    let orderEvents: IndexLists
    /// Whether each order's deadline, reached uncomplied, puts it in force
    /// (rather than missing a compliance deadline).
    let deadlineTakesEffect: [Bool]
    /// Triggers' consequences, then shock outcomes' consequences.
    let consequences: [Consequence]
    /// Where each shock outcome's consequences start in `consequences`.
    let shockConsequenceStart: [[Int]]
    /// The construct each consequence comes from, for runaway diagnoses.
    let consequenceOrigins: [String]
    /// Countermeasures punishing each decision, in model order, and what
    /// they threaten it with.
    let countermeasuresByDecision: IndexLists
    let retaliationThreats: FlatLists<RetaliationFacts>
    /// Each decision's hazard, peers, options, ends and prerequisite events.
    let hazards: [HazardFacts]
    let peers: IndexLists
    let options: FlatLists<OptionFacts>
    /// Decisions each option opens, by the option's flat position.
    let opens: IndexLists
    let ends: FlatLists<EndFacts>
    let prerequisites: IndexLists
    /// Each decision's `since` (the origin of its age), if dated; its
    /// decision before the start, if any; whether it is active at the start.
    let since: [Double?]
    let priors: [Decision.Prior?]
    let activeAtStart: [Bool]
    /// Each campaign's instruments, and each instrument's targets by its
    /// flat position (``FlatLists/range(_:)`` of its campaign + its own).
    let instruments: FlatLists<InstrumentFacts>
    let instrumentTargets: IndexLists
    /// Each campaign's half-life parameter.
    let halfLives: [Int32]
    /// Relations from each campaign's sender (its leverage over a target).
    let senderRelations: FlatLists<LeverageFacts>
    /// Parameters of each actor's attributes and of each market's shares:
    /// a replication keeps their values flat, in these positions.
    let actorAttributes: IndexLists
    let marketShares: IndexLists
    /// Each outcome's measure and events.
    let outcomeFacts: [OutcomeFacts]
    let outcomeEvents: IndexLists
    /// Each parameter's value if it is fixed (0 if drawn), and the
    /// parameters drawn per replication, in table order.
    let fixedValues: [Double]
    let drawnParameters: [Int32]
    let drawnDistributions: [AnyDistribution]
    /// The drawn parameters' constraints, which each replication checks.
    let drawnConstraints: [ParameterConstraint]
    /// Each shock's outcome probabilities, whose draws must not sum past 1.
    let shockProbabilities: IndexLists

    public init(_ model: Model) {
        self.model = model
        var byActor = Array(repeating: [Int](), count: model.actors.count)
        var dependents = Array(repeating: [Int](), count: model.decisions.count)
        for (index, decision) in model.decisions.enumerated() {
            byActor[decision.actor].append(index)
            for peer in decision.peers { dependents[peer].append(index) }
        }
        decisionsByActor = IndexLists(byActor)
        dependentsByDecision = IndexLists(dependents)
        var byEvent = Array(repeating: [Int](), count: model.events.count)
        for (index, trigger) in model.triggers.enumerated() {
            for event in Set(trigger.on.map(\.index)).sorted() { byEvent[event].append(index) }
        }
        triggersByEvent = IndexLists(byEvent)
        var byPrerequisite = Array(repeating: [Int](), count: model.events.count)
        for (index, decision) in model.decisions.enumerated() {
            for event in Set(decision.prerequisites.map(\.index)).sorted() { byPrerequisite[event].append(index) }
        }
        decisionsByPrerequisite = IndexLists(byPrerequisite)
        var observing = Array(repeating: [Int](), count: model.orders.count)
        for (index, outcome) in model.outcomes.enumerated() {
            if case .inForce(let order, _) = outcome.measure { observing[order].append(index) }
        }
        inForceOutcomesByOrder = IndexLists(observing)
        orderEvents = IndexLists(model.orders.map { $0.events.map(\.index) })
        deadlineTakesEffect = model.orders.map { ($0.compliance == nil && !$0.kind.awaitsCompliance) || $0.kind.deadlineTakesEffect }
        countermeasuresByDecision = IndexLists(model.decisions.indices.map { decision in
            model.countermeasures.indices.filter { model.countermeasures[$0].decisions.contains(decision) }
        })
        retaliationThreats = FlatLists(model.decisions.indices.map { decision in
            model.countermeasures.filter { $0.decisions.contains(decision) }.map {
                RetaliationFacts(probability: Int32($0.formal.probability.index), severity: Int32($0.severity.index))
            }
        })
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
        hazards = model.decisions.map(HazardFacts.init)
        peers = IndexLists(model.decisions.map(\.peers))
        options = Self.options(model)
        opens = IndexLists(model.decisions.flatMap { $0.options.map(\.opens) })
        ends = Self.ends(model)
        prerequisites = IndexLists(model.decisions.map { $0.prerequisites.map(\.index) })
        since = model.decisions.map(\.since)
        priors = model.decisions.map(\.prior)
        activeAtStart = model.decisions.map(\.activeAtStart)
        instruments = Self.instruments(model)
        instrumentTargets = IndexLists(model.campaigns.flatMap { $0.instruments.map(\.targets) })
        halfLives = model.campaigns.map { Int32($0.halfLife.index) }
        senderRelations = Self.leverage(model)
        actorAttributes = IndexLists(model.actors.map { $0.attributes.map(\.index) })
        marketShares = IndexLists(model.markets.map { $0.shares.map(\.index) })
        outcomeFacts = Self.outcomes(model, attributes: actorAttributes, shares: marketShares)
        outcomeEvents = Self.outcomeEvents(model)
        fixedValues = model.parameters.entries.map { $0.distribution.fixedValue ?? 0 }
        drawnParameters = model.parameters.entries.indices.compactMap {
            model.parameters.entries[$0].distribution.fixedValue == nil ? Int32($0) : nil
        }
        drawnDistributions = drawnParameters.map { model.parameters.entries[Int($0)].distribution }
        drawnConstraints = drawnParameters.map { model.parameters.entries[Int($0)].constraint }
        shockProbabilities = IndexLists(model.shocks.map { $0.outcomes.map(\.probability.index) })
    }
}

import DemarcheKernel
import DemarcheRandom

/// One run of a ``Model``: draws the parameters, seeds the kernel with the
/// scenario's dated events, and reacts to each event until the horizon.
///
/// Every mechanic draws from its own named stream (``ModelStreams``), so a
/// change to one mechanic does not shift another's draws.
public struct Replication {
    let model: Model
    let streams: ModelStreams
    let tracing: Bool

    // Parameter values and derived per-replication constants.
    var values: [Double]
    var hazardTerms: [HazardTerms]

    // Mutable state.
    var attributes: [[Double]]
    var shares: [[Double]]
    var pressure: PressureLedger
    var campaignActive: [Bool]
    /// Each campaign instrument's pending firing (dated or next recurrence),
    /// so that stopping the campaign cancels it.
    var instrumentEvents: [[EventHandle?]]
    /// Whether each campaign instrument has landed at least once.
    var instrumentLanded: [[Bool]]
    /// Each threat's pending follow-through (carried out or dropped).
    var followThroughEvents: [[EventHandle?]]
    var decisions: [DecisionState]
    var orders: [OrderState]
    var triggerFirings: [Int]
    var retaliations: [Int]
    var firstTime: [Double]
    var occurrences: [Int]
    var trace: [TraceEntry] = []
    /// Each `in_force` outcome's answer once its date has passed (nil before).
    var inForceObserved: [Bool?]
    /// Set by a handler that drew a value the model cannot use; the run
    /// stops with it once that event has been handled.
    var failure: ModelError?

    let plan: ReplicationPlan

    /// Prepares a replication of `model` (parameters drawn, state initialised).
    public init(model: Model, streams: ReplicationStreams, trace: Bool = false) {
        self.init(plan: ReplicationPlan(model), streams: streams, trace: trace)
    }

    /// Prepares a replication from a shared plan: what a runner does for
    /// each of many replications.
    public init(plan: ReplicationPlan, streams: ReplicationStreams, trace: Bool = false) {
        let model = plan.model
        self.plan = plan
        self.model = model
        self.streams = ModelStreams(streams)
        self.tracing = trace
        values = model.parameters.draw(using: self.streams.parameters)
        let values = values
        attributes = model.actors.map { actor in actor.attributes.map { values[$0.index] } }
        shares = model.markets.map { market in
            let raw = market.shares.map { max(0, values[$0.index]) }
            let total = raw.reduce(0, +)
            return total > 0 ? raw.map { $0 / total } : raw
        }
        pressure = PressureLedger(actors: model.actors.count)
        campaignActive = model.campaigns.map(\.activeAtStart)
        instrumentEvents = model.campaigns.map { Array(repeating: nil, count: $0.instruments.count) }
        instrumentLanded = model.campaigns.map { Array(repeating: false, count: $0.instruments.count) }
        followThroughEvents = instrumentEvents
        decisions = model.decisions.map { _ in DecisionState() }
        orders = model.orders.map { _ in OrderState() }
        triggerFirings = Array(repeating: 0, count: model.triggers.count)
        retaliations = Array(repeating: 0, count: model.actors.count)
        firstTime = Array(repeating: .infinity, count: model.events.count)
        occurrences = Array(repeating: 0, count: model.events.count)
        inForceObserved = Array(repeating: nil, count: model.outcomes.count)

        hazardTerms = model.decisions.enumerated().map { index, decision in
            let retaliation = plan.countermeasuresByDecision[index].reduce(0.0) {
                $0 + values[model.countermeasures[$1].formal.probability.index] * values[model.countermeasures[$1].severity.index]
            }
            return HazardTerms(decision, retaliation: retaliation, values: values)
        }
    }

    /// Runs to the horizon and returns the outcome values (and the trace, if asked).
    public mutating func run() throws(ModelError) -> ReplicationResult {
        try checkDraws()
        var simulation = Simulation<ModelEvent>()
        start(&simulation)
        if let failure { throw failure }
        let reason = try simulation.run(until: model.horizon.nextDown, maxEvents: model.maxEvents) {
            (simulation, event) throws(ModelError) in
            handle(event, &simulation)
            if let failure { throw failure }
        }
        if case .eventLimitReached(let diagnosis) = reason {
            throw .runaway(
                limit: diagnosis.eventLimit, day: diagnosis.time,
                culprits: diagnosis.recentKinds.prefix(3).map { "\(constructName($0.kind)) \($0.count)×" })
        }
        // Facts dated before the start are recorded as the run begins; the
        // timeline lists everything in date order (stable for equal dates).
        let timeline = trace.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element)
        return ReplicationResult(
            outcomes: outcomeValues(), events: simulation.processedEvents, eventTimes: firstTime, shares: shares,
            retaliations: retaliations, trace: timeline)
    }

    /// Schedules what is known at the start: priors, past and dated
    /// instruments, orders, shocks, escalations, and the first decision draws.
    mutating func start(_ simulation: inout Simulation<ModelEvent>) {
        for (index, decision) in model.decisions.enumerated() {
            if let prior = decision.prior { decide(index, option: prior.option, at: prior.time, &simulation) }
        }
        for index in model.campaigns.indices where campaignActive[index] { startCampaign(index, &simulation) }
        for (index, order) in model.orders.enumerated() {
            if case .at(let time) = order.issue {
                simulation.schedule(.orderIssued(order: Int32(index)), at: max(time, 0))
                orders[index].issued = time
            }
        }
        for (index, shock) in model.shocks.enumerated() {
            simulation.schedule(.shock(shock: Int32(index)), at: shock.time)
        }
        for (index, escalation) in model.escalations.enumerated()
        where streams.escalations.uniform() < values[escalation.probability.index] {
            simulation.schedule(.escalation(escalation: Int32(index)), after: drawWait(escalation.delay, streams.escalations, from: 0))
        }
        for index in model.decisions.indices where model.decisions[index].activeAtStart { activateDecision(index, &simulation) }
    }

    mutating func handle(_ event: ModelEvent, _ simulation: inout Simulation<ModelEvent>) {
        switch event {
        case .instrument(let campaign, let instrument):
            fireInstrument(Int(campaign), Int(instrument), &simulation)
        case .threatCarriedOut(let campaign, let instrument):
            carryOutThreat(Int(campaign), Int(instrument), &simulation)
        case .threatDropped(let campaign, let instrument):
            dropThreat(Int(campaign), Int(instrument), &simulation)
        case .decisionCandidate(let decision):
            considerDecision(Int(decision), &simulation)
        case .decisionEnds(let decision, let cause):
            endDecision(Int(decision), cause: Int(cause), &simulation)
        case .exclusionTakesEffect(let decision, let option):
            applyExclusion(Int(decision), Int(option), at: simulation.now)
        case .orderIssued(let order): issueOrder(Int(order), &simulation)
        case .orderCompliance(let order): complyWithOrder(Int(order), &simulation)
        case .orderDeadline(let order): reachDeadline(Int(order), &simulation)
        case .orderPostponement(let order): postponeOrder(Int(order), &simulation)
        case .courtFiling(let order): fileChallenge(Int(order), &simulation)
        case .courtRuling(let order): ruleOnChallenge(Int(order), &simulation)
        case .appealRuling(let order): ruleOnAppeal(Int(order), &simulation)
        case .enforcement(let order): enforceOrder(Int(order), &simulation)
        case .shock(let shock): resolveShock(Int(shock), &simulation)
        case .consequence(let index): applyConsequence(Int(index), &simulation)
        case .countermeasure(let countermeasure, let subject):
            retaliate(Int(countermeasure), against: Int(subject), &simulation)
        case .rhetoric(let countermeasure, let subject):
            denounce(Int(countermeasure), Int(subject), &simulation)
        case .escalation(let escalation): escalate(Int(escalation), &simulation)
        }
    }

    /// Records that `event` happened now: first time, count, trace, and the
    /// triggers listening to it. Callers build `detail` only when tracing.
    mutating func record(
        _ event: EventID, at time: Double, actor: Int? = nil, detail: String = "", _ simulation: inout Simulation<ModelEvent>
    ) {
        firstTime[event.index] = min(firstTime[event.index], time)
        occurrences[event.index] += 1
        if tracing {
            let subject = (actor ?? model.events.subjects[event.index]).map { model.actors[$0].id } ?? ""
            trace.append(TraceEntry(time: time, actor: subject, event: model.events.name(of: event), detail: detail))
        }
        for trigger in plan.triggersByEvent[event.index] { considerTrigger(trigger, &simulation) }
        for decision in plan.decisionsByPrerequisite[event.index] where decisions[decision].waiting {
            activateDecision(decision, &simulation)
        }
    }

    /// `campaign:3` → `campaign 'us-5g'`, for runaway diagnoses.
    func constructName(_ kind: String) -> String {
        let parts = kind.split(separator: ":")
        guard parts.count == 2, let index = Int(parts[1]) else { return kind }
        switch parts[0] {
        case "campaign": return "campaign '\(model.campaigns[index].id)'"
        case "decision": return "decision '\(model.decisions[index].id)'"
        case "order": return "order '\(model.orders[index].id)'"
        case "shock": return "shock '\(model.shocks[index].id)'"
        case "consequence": return plan.consequenceOrigins[index]
        case "countermeasure": return "countermeasure '\(model.countermeasures[index].id)'"
        case "escalation": return "escalation '\(model.escalations[index].id)'"
        default: return kind
        }
    }
}

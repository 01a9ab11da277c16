import DemarcheKernel
import DemarcheRandom

/// Runs of a ``Model``: each draws the parameters, seeds the kernel with the
/// scenario's dated events, and reacts to each event until the horizon.
///
/// Every mechanic draws from its own named stream (``ModelStreams``), so a
/// change to one mechanic does not shift another's draws. A replication's
/// state lives in flat arrays that ``run()`` resets in place, so a runner
/// keeps one `Replication` for many replications: after the streams are
/// moved to the next replication (``ReplicationStreams/reset(toReplication:)``),
/// `run()` again allocates nothing (its result shares the replication's
/// buffers until the next run). The non-mutating helpers the handlers call
/// are `@inline(__always)`: called out of line from a mutating handler, they
/// would be handed a copy of the whole replication.
public struct Replication {
    /// The event queue, kept from run to run (a class, so that the handlers
    /// can mutate it and the replication at once).
    final class Queue {
        var simulation = Simulation<ModelEvent>()
    }

    let plan: ReplicationPlan
    let model: Model
    let streams: ModelStreams
    let tracing: Bool
    let queue = Queue()

    // Parameter values and derived per-replication constants.
    var values: [Double]
    var hazardTerms: [HazardTerms]
    /// 1 + Σ weights of the relations from each campaign's sender to each
    /// actor, by campaign × actors.
    var leverage: [Double]

    // Mutable state.
    /// Attribute values, flat in ``ReplicationPlan/actorAttributes`` positions.
    var attributes: [Double]
    /// Vendor shares, flat in ``ReplicationPlan/marketShares`` positions.
    var shares: [Double]
    var pressure: PressureLedger
    var campaignActive: [Bool]
    /// Each campaign instrument's pending firing (dated or next recurrence),
    /// by flat instrument position, so that stopping the campaign cancels it.
    var instrumentEvents: [EventHandle?]
    /// Whether each campaign instrument has landed at least once.
    var instrumentLanded: [Bool]
    /// Each threat's pending follow-through (carried out or dropped).
    var followThroughEvents: [EventHandle?]
    var decisions: [DecisionState]
    var orders: [OrderState]
    var triggerFirings: [Int]
    var retaliations: [Int]
    var firstTime: [Double]
    var occurrences: [Int]
    var trace: [TraceEntry] = []
    /// Each `in_force` outcome's answer once its date has passed (nil before).
    var inForceObserved: [Bool?]
    /// The outcome values of the last run.
    var outcomes: [Double]
    /// Set by a handler that drew a value the model cannot use; the run
    /// stops with it once that event has been handled.
    var failure: ModelError?

    /// Prepares replications of `model`.
    public init(model: Model, streams: ReplicationStreams, trace: Bool = false) {
        self.init(plan: ReplicationPlan(model), streams: streams, trace: trace)
    }

    /// Prepares replications from a shared plan, drawing from `streams`
    /// (whatever replication they are at when ``run()`` is called).
    public init(plan: ReplicationPlan, streams: ReplicationStreams, trace: Bool = false) {
        let model = plan.model
        self.plan = plan
        self.model = model
        self.streams = ModelStreams(streams, model)
        self.tracing = trace
        values = plan.fixedValues
        hazardTerms = []
        hazardTerms.reserveCapacity(model.decisions.count)
        leverage = Array(repeating: 1, count: model.campaigns.count * model.actors.count)
        attributes = Array(repeating: 0, count: plan.actorAttributes.totalCount)
        shares = Array(repeating: 0, count: plan.marketShares.totalCount)
        pressure = PressureLedger(actors: model.actors.count)
        campaignActive = model.campaigns.map(\.activeAtStart)
        instrumentEvents = Array(repeating: nil, count: plan.instrumentTargets.rowCount)
        instrumentLanded = Array(repeating: false, count: plan.instrumentTargets.rowCount)
        followThroughEvents = instrumentEvents
        decisions = Array(repeating: DecisionState(), count: model.decisions.count)
        orders = Array(repeating: OrderState(), count: model.orders.count)
        triggerFirings = Array(repeating: 0, count: model.triggers.count)
        retaliations = Array(repeating: 0, count: model.actors.count)
        firstTime = Array(repeating: .infinity, count: model.events.count)
        occurrences = Array(repeating: 0, count: model.events.count)
        inForceObserved = Array(repeating: nil, count: model.outcomes.count)
        outcomes = Array(repeating: 0, count: model.outcomes.count)
    }

    /// Runs one replication to the horizon and returns the outcome values
    /// (and the trace, if asked).
    public mutating func run() throws(ModelError) -> ReplicationResult {
        prepare()
        try checkDraws()
        let queue = self.queue
        queue.simulation.reset()
        start(&queue.simulation)
        if let failure { throw failure }
        let reason = try queue.simulation.run(until: model.horizon.nextDown, maxEvents: model.maxEvents) {
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
        let timeline = tracing
            ? trace.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }.map(\.element) : []
        computeOutcomes()
        return ReplicationResult(
            outcomes: outcomes, events: queue.simulation.processedEvents, eventTimes: firstTime, shares: shares,
            retaliations: retaliations, trace: timeline)
    }

    /// Schedules what is known at the start: priors, past and dated
    /// instruments, orders, shocks, escalations, and the first decision draws.
    mutating func start(_ simulation: inout Simulation<ModelEvent>) {
        for index in model.decisions.indices {
            if let prior = plan.priors[index] { decide(index, option: prior.option, at: prior.time, &simulation) }
        }
        for index in model.campaigns.indices where campaignActive[index] { startCampaign(index, &simulation) }
        for index in model.orders.indices {
            if case .at(let time) = order(index, { $0.issue }) {
                simulation.schedule(.orderIssued(order: Int32(index)), at: max(time, 0))
                orders[index].issued = time
            }
        }
        for index in model.shocks.indices {
            simulation.schedule(.shock(shock: Int32(index)), at: borrowing(model.shocks, index, { $0.time }))
        }
        for index in model.escalations.indices
        where streams.escalations[index].uniform() < values[borrowing(model.escalations, index, { $0.probability.index })] {
            let delay = borrowing(model.escalations, index, { $0.delay })
            simulation.schedule(.escalation(escalation: Int32(index)), after: drawWait(delay, streams.escalations[index], from: 0))
        }
        for index in model.decisions.indices where plan.activeAtStart[index] { activateDecision(index, &simulation) }
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
        record(event.index, at: time, actor: actor, detail: detail, &simulation)
    }

    mutating func record(
        _ event: Int, at time: Double, actor: Int? = nil, detail: String = "", _ simulation: inout Simulation<ModelEvent>
    ) {
        firstTime[event] = min(firstTime[event], time)
        occurrences[event] += 1
        if tracing {
            let subject = (actor ?? model.events.subjects[event]).map { model.actors[$0].id } ?? ""
            trace.append(TraceEntry(time: time, actor: subject, event: model.events.names[event], detail: detail))
        }
        for position in plan.triggersByEvent.range(event) { considerTrigger(plan.triggersByEvent.index(position), &simulation) }
        for position in plan.decisionsByPrerequisite.range(event) {
            let decision = plan.decisionsByPrerequisite.index(position)
            if decisions[decision].waiting { activateDecision(decision, &simulation) }
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

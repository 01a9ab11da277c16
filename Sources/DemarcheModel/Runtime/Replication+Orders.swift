import DemarcheKernel
import DemarcheRandom

/// An order's progress in one replication.
struct OrderState {
    var status: Order.Status = .dormant
    var issued = 0.0
    var deadline = 0.0
    var extensions = 0
    var deadlineEvent: EventHandle?
    var complianceEvent: EventHandle?
    var courtEvent: EventHandle?
    var enforcementEvent: EventHandle?

    var isOpen: Bool { status == .pending || status == .extended }
}

extension Replication {
    /// Issues the order: the deadline is counted from the issue date; the
    /// compliance and court clocks start at the later of issue and now (an
    /// order already running at the start has not been complied with yet).
    mutating func issueOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard orders[index].status == .dormant else { return }
        let order = model.orders[index]
        let now = simulation.now
        if case .onActivation = order.issue { orders[index].issued = now }
        let issued = orders[index].issued
        orders[index].status = .pending
        orders[index].deadline = model.calendar.time(order.window, after: issued)
        let detail = tracing ? "deadline \(dateText(orders[index].deadline))" : ""
        record(order.event(.pending), at: issued, detail: detail, &simulation)
        orders[index].deadlineEvent = simulation.schedule(
            .orderDeadline(order: Int32(index)), at: max(orders[index].deadline, now))
        if let compliance = order.compliance {
            orders[index].complianceEvent = simulation.schedule(
                .orderCompliance(order: Int32(index)), after: compliance.sample(using: streams.orders, from: now, on: model.calendar))
        }
        if let court = order.court, streams.courts.uniform() < values[court.probability.index] {
            orders[index].courtEvent = simulation.schedule(
                .courtFiling(order: Int32(index)), after: court.filedAfter.sample(using: streams.courts, from: now, on: model.calendar))
        }
    }

    mutating func complyWithOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].complianceEvent = nil
        guard orders[index].isOpen else { return }
        close(index, as: .complied, &simulation)
    }

    /// The deadline: extend (with probability, up to the limit), or take
    /// effect (an order without compliance), or be missed.
    mutating func reachDeadline(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].deadlineEvent = nil
        guard orders[index].isOpen else { return }
        let order = model.orders[index]
        if let rule = order.extensionRule, orders[index].extensions < rule.maxExtensions,
            streams.orders.uniform() < values[rule.probability.index] {
            orders[index].extensions += 1
            orders[index].status = .extended
            orders[index].deadline = simulation.now + rule.length.sample(using: streams.orders, from: simulation.now, on: model.calendar)
            orders[index].deadlineEvent = simulation.schedule(.orderDeadline(order: Int32(index)), at: orders[index].deadline)
            record(order.event(.extended), at: simulation.now,
                   detail: tracing ? "new deadline \(dateText(orders[index].deadline))" : "", &simulation)
            return
        }
        guard order.compliance != nil else {
            close(index, as: .effective, &simulation)
            return
        }
        close(index, as: .missed, &simulation)
        if let enforcement = order.enforcement, streams.orders.uniform() < values[enforcement.probability.index] {
            orders[index].enforcementEvent = simulation.schedule(
                .enforcement(order: Int32(index)), after: enforcement.delay.sample(using: streams.orders, from: simulation.now, on: model.calendar))
        }
    }

    mutating func enforceOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].enforcementEvent = nil
        guard orders[index].status == .missed else { return }
        orders[index].status = .enforced
        record(model.orders[index].event(.enforced), at: simulation.now, &simulation)
    }

    mutating func fileChallenge(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].courtEvent = nil
        guard orders[index].isOpen, let court = model.orders[index].court else { return }
        orders[index].courtEvent = simulation.schedule(
            .courtRuling(order: Int32(index)), after: court.rulingAfter.sample(using: streams.courts, from: simulation.now, on: model.calendar))
        if tracing {
            trace.append(TraceEntry(time: simulation.now, actor: model.actors[model.orders[index].target].id,
                                    event: "court challenge to order.\(model.orders[index].id)", detail: "filed"))
        }
    }

    mutating func ruleOnChallenge(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].courtEvent = nil
        guard orders[index].isOpen, let court = model.orders[index].court else { return }
        if streams.courts.uniform() < values[court.enjoinProbability.index] {
            close(index, as: .enjoined, &simulation)
        } else if tracing {
            trace.append(TraceEntry(time: simulation.now, actor: model.actors[model.orders[index].target].id,
                                    event: "court challenge to order.\(model.orders[index].id)", detail: "dismissed"))
        }
    }

    /// Revokes an order that is open, missed or in force.
    mutating func revokeOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        switch orders[index].status {
        case .pending, .extended, .missed, .effective, .enforced: close(index, as: .revoked, &simulation)
        case .dormant, .complied, .enjoined, .revoked: break
        }
    }

    /// Moves an order to a final status, cancelling what is still scheduled for it.
    mutating func close(_ index: Int, as status: Order.Status, _ simulation: inout Simulation<ModelEvent>) {
        for handle in [orders[index].deadlineEvent, orders[index].complianceEvent,
                       orders[index].courtEvent, orders[index].enforcementEvent].compactMap({ $0 }) {
            simulation.cancel(handle)
        }
        orders[index].deadlineEvent = nil
        orders[index].complianceEvent = nil
        orders[index].courtEvent = nil
        orders[index].enforcementEvent = nil
        orders[index].status = status
        record(model.orders[index].event(status), at: simulation.now, &simulation)
    }

    func dateText(_ time: Double) -> String { model.calendar.date(at: time).description }
}

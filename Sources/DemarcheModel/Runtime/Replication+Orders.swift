import DemarcheKernel
import DemarcheRandom

extension Replication {
    /// Issues the order. A deadline in days counts from the issue date; a
    /// regulator's decision and the compliance and court clocks start now,
    /// the later of issue and the start (an order already running at the
    /// start has not been decided, complied with or challenged yet).
    mutating func issueOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        guard orders[index].status == .dormant else { return }
        let now = simulation.now
        if case .onActivation = order(index, { $0.issue }) { orders[index].issued = now }
        let issued = orders[index].issued
        setStatus(index, .pending, at: now)
        let (deadline, word) = switch order(index, { $0.deadline }) {
        case .window(let window): (model.calendar.time(window, after: issued), "deadline")
        case .proceeding(let proceeding): (now + drawWait(proceeding.decisionAfter, streams.orders[index], from: now), "decision")
        }
        orders[index].deadline = deadline
        let detail = tracing ? "\(word) \(dateText(deadline))" : ""
        record(orderEvent(index, .issued), at: issued, detail: detail, &simulation)
        scheduleDeadline(index, &simulation)
        if let compliance = order(index, { $0.compliance }) {
            orders[index].compliance = clock(.orderCompliance(order: Int32(index)),
                                             after: drawWait(compliance, streams.orders[index], from: now), &simulation)
        }
        if order(index, { $0.court?.from }) == .issue { drawChallenge(index, &simulation) }
    }

    /// Schedules the deadline (now, if it has passed) and, while
    /// postponements remain, draws whether the issuer postpones it: if so,
    /// the postponement is announced `notice` before the deadline (now, if
    /// that has passed).
    mutating func scheduleDeadline(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        let deadline = orders[index].deadline
        let now = simulation.now
        orders[index].deadlineEvent = simulation.schedule(.orderDeadline(order: Int32(index)), at: max(deadline, now))
        guard let rule = order(index, { $0.postponement }), orders[index].postponements < rule.maxPostponements,
            streams.orders[index].uniform() < values[rule.probability.index]
        else { return }
        let announced = max(deadline - drawWait(rule.notice, streams.orders[index], from: deadline), now)
        orders[index].postponementEvent = simulation.schedule(.orderPostponement(order: Int32(index)), at: announced)
    }

    /// The issuer moves a pending order's deadline later by the
    /// postponement's length.
    mutating func postponeOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].postponementEvent = nil
        guard orders[index].status == .pending, let rule = order(index, { $0.postponement }) else { return }
        if let handle = orders[index].deadlineEvent { simulation.cancel(handle) }
        orders[index].postponements += 1
        orders[index].deadline += drawWait(rule.length, streams.orders[index], from: orders[index].deadline)
        scheduleDeadline(index, &simulation)
        record(orderEvent(index, .postponed), at: simulation.now,
               detail: tracing ? "new deadline \(dateText(orders[index].deadline))" : "", &simulation)
    }

    /// The target complies: its own compliance clock only while the order is
    /// pending; a `comply` effect (`effect`) also once the deadline was
    /// missed or while the order is enjoined.
    mutating func complyWithOrder(_ index: Int, effect: Bool = false, _ simulation: inout Simulation<ModelEvent>) {
        if !effect { orders[index].compliance = nil }
        let status = orders[index].status
        if status == .pending || (effect && (status == .inForce || status == .enjoined)) {
            close(index, as: .complied, &simulation)
        }
    }

    /// The deadline: postponed (announced for this instant), extended (with
    /// probability, up to the limit), or reached: a regulator decides, a ban
    /// or a delisting takes effect, a compliance order is missed.
    mutating func reachDeadline(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].deadlineEvent = nil
        guard orders[index].status == .pending else { return }
        if let handle = orders[index].postponementEvent {
            simulation.cancel(handle)
            postponeOrder(index, &simulation)
            return
        }
        if let rule = order(index, { $0.extensionRule }), orders[index].extensions < rule.maxExtensions,
            streams.orders[index].uniform() < values[rule.probability.index] {
            orders[index].extensions += 1
            orders[index].deadline = simulation.now + drawWait(rule.length, streams.orders[index], from: simulation.now)
            scheduleDeadline(index, &simulation)
            record(orderEvent(index, .extended), at: simulation.now,
                   detail: tracing ? "new deadline \(dateText(orders[index].deadline))" : "", &simulation)
            return
        }
        if case .proceeding(let proceeding) = order(index, { $0.deadline }) {
            if streams.orders[index].uniform() < values[proceeding.probability.index] {
                takeEffect(index, as: .effective, &simulation)
            } else {
                close(index, as: .dropped, &simulation)
            }
        } else if plan.deadlineTakesEffect[index] {
            takeEffect(index, as: .effective, &simulation)
        } else {
            takeEffect(index, as: .missed, &simulation)
            if let enforcement = order(index, { $0.enforcement }), streams.orders[index].uniform() < values[enforcement.probability.index] {
                orders[index].enforcement = clock(.enforcement(order: Int32(index)),
                                                  after: drawWait(enforcement.delay, streams.orders[index], from: simulation.now), &simulation)
            }
        }
    }

    /// The order comes into force (`effective`, or `missed` for a compliance
    /// order): the target can no longer comply, and a challenge counted from
    /// the effect may be filed.
    mutating func takeEffect(_ index: Int, as event: Order.Event, _ simulation: inout Simulation<ModelEvent>) {
        if let compliance = orders[index].compliance { simulation.cancel(compliance.handle) }
        orders[index].compliance = nil
        setStatus(index, .inForce, at: simulation.now)
        record(orderEvent(index, event), at: simulation.now, &simulation)
        if order(index, { $0.court?.from }) == .effect { drawChallenge(index, &simulation) }
    }

    mutating func enforceOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].enforcement = nil
        guard orders[index].status == .inForce else { return }
        record(orderEvent(index, .enforced), at: simulation.now, &simulation)
    }

    /// Revokes an order that is pending, in force or enjoined.
    mutating func revokeOrder(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        switch orders[index].status {
        case .pending, .inForce, .enjoined: close(index, as: .revoked, &simulation)
        case .dormant, .closed: break
        }
    }

    /// Ends the order with `event`, cancelling what is still scheduled for it.
    mutating func close(_ index: Int, as event: Order.Event, _ simulation: inout Simulation<ModelEvent>) {
        cancelSteps(index, &simulation)
        setStatus(index, .closed, at: simulation.now)
        record(orderEvent(index, event), at: simulation.now, &simulation)
    }

    /// Cancels every step scheduled for the order.
    mutating func cancelSteps(_ index: Int, _ simulation: inout Simulation<ModelEvent>) {
        orders[index].cancelScheduled(&simulation)
        orders[index].deadlineEvent = nil
        orders[index].postponementEvent = nil
        orders[index].compliance = nil
        orders[index].enforcement = nil
        orders[index].courtEvent = nil
    }

    /// Schedules `event` after `delay`, remembering when it falls.
    @inline(__always)
    func clock(_ event: ModelEvent, after delay: Double, _ simulation: inout Simulation<ModelEvent>) -> OrderState.Clock {
        OrderState.Clock(handle: simulation.schedule(event, after: delay), due: simulation.now + delay)
    }

    func dateText(_ time: Double) -> String { model.calendar.date(at: time).description }
}

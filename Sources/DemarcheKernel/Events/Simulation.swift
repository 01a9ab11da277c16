/// A discrete-event simulation: a clock and a future event set, advanced by a
/// run loop that hands each event to the model (SimPy's `Environment`, without
/// processes: the model reacts to events and schedules new ones).
///
/// The kernel knows nothing of diplomacy; `Event` is whatever the model
/// schedules. Like its queue, a simulation is non-copyable.
///
/// Events at the same instant run by priority, then causally: an event a
/// handler schedules for its own instant (a zero-delay consequence) runs
/// before the events that were already due at that instant, after the
/// consequences scheduled before it; other events of an instant run in the
/// order they were scheduled. So consequences of an earlier cause come before
/// later causes: an election's revocation runs before a deadline of the same
/// instant that was scheduled after the election.
public struct Simulation<Event: SimulationEvent>: ~Copyable {
    @usableFromInline var clock: Double = 0
    @usableFromInline var queue = EventQueue<Event>()
    @usableFromInline var processed = 0
    /// True while a handler runs: what it schedules for `clock` is a consequence.
    @usableFromInline var handling = false

    /// Trailing events whose kinds are counted when the event limit is hit.
    public static var diagnosisWindow: Int { 1024 }

    public init() {}

    /// Back to time 0 with nothing pending and no event processed, keeping
    /// the queue's storage (a simulation reused for many replications).
    public mutating func reset() {
        queue.removeAll()
        clock = 0
        processed = 0
        handling = false
    }

    /// The current clock time, in days since the start.
    @inlinable public var now: Double { clock }

    /// Events handled so far, over all runs.
    @inlinable public var processedEvents: Int { processed }

    /// Events scheduled and not yet fired or cancelled.
    @inlinable public var pendingEvents: Int { queue.count }

    /// Schedules `event` `delay` days from now (`delay` ≥ 0; the model
    /// validates user-supplied delays before they reach the kernel).
    @inlinable @discardableResult
    public mutating func schedule(
        _ event: Event, after delay: Double, priority: EventPriority = .normal
    ) -> EventHandle {
        precondition(delay >= 0, "Simulation: negative or NaN delay \(delay)")
        let time = clock + delay
        return queue.schedule(event, at: time, priority: priority, ahead: isConsequence(at: time))
    }

    /// Schedules `event` at absolute clock time `time` (not in the past).
    @inlinable @discardableResult
    public mutating func schedule(
        _ event: Event, at time: Double, priority: EventPriority = .normal
    ) -> EventHandle {
        precondition(time >= clock, "Simulation: time \(time) is before now (\(clock))")
        return queue.schedule(event, at: time, priority: priority, ahead: isConsequence(at: time))
    }

    /// Cancels a pending event; false if it already fired or was cancelled.
    @inlinable @discardableResult
    public mutating func cancel(_ handle: EventHandle) -> Bool { queue.cancel(handle) }

    /// Moves a pending event to absolute time `time`; nil if it is not pending.
    @inlinable
    public mutating func reschedule(_ handle: EventHandle, to time: Double) -> EventHandle? {
        precondition(time >= clock, "Simulation: time \(time) is before now (\(clock))")
        return queue.reschedule(handle, to: time, ahead: isConsequence(at: time))
    }

    /// Whether an event scheduled now for `time` is a zero-delay consequence
    /// of the event being handled (and so runs ahead of its instant).
    @inlinable func isConsequence(at time: Double) -> Bool { handling && time == clock }

    /// Whether `handle` names an event that is still pending.
    @inlinable public func isPending(_ handle: EventHandle) -> Bool { queue.isPending(handle) }

    /// Runs events in (time, priority, causal) order until the next one lies
    /// after `horizon`, nothing is pending, or `maxEvents` events have run in
    /// this call. At the horizon (or on an empty queue with a finite horizon)
    /// the clock is left at `horizon`.
    @inlinable
    public mutating func run<Failure: Error>(
        until horizon: Double = .infinity,
        maxEvents: Int = .max,
        _ handle: (inout Simulation, Event) throws(Failure) -> Void
    ) throws(Failure) -> StopReason {
        precondition(!horizon.isNaN && maxEvents >= 0, "Simulation.run: invalid horizon or event limit")
        let window = min(maxEvents, Self.diagnosisWindow)
        var remaining = maxEvents
        while remaining > window {
            guard let event = queue.popNext(notAfter: horizon) else { return stop(at: horizon) }
            remaining -= 1
            try fire(event, handle)
        }
        var recent: [String: Int] = [:]
        while remaining > 0 {
            guard let event = queue.popNext(notAfter: horizon) else { return stop(at: horizon) }
            remaining -= 1
            recent[event.payload.kind, default: 0] += 1
            try fire(event, handle)
        }
        guard queue.popNextIsDue(notAfter: horizon) else { return stop(at: horizon) }
        return .eventLimitReached(RunawayDiagnosis(eventLimit: maxEvents, time: clock, counts: recent))
    }

    @inlinable
    mutating func fire<Failure: Error>(
        _ event: (time: Double, payload: Event),
        _ handle: (inout Simulation, Event) throws(Failure) -> Void
    ) throws(Failure) {
        clock = event.time
        processed += 1
        handling = true
        defer { handling = false }
        try handle(&self, event.payload)
    }

    @usableFromInline
    mutating func stop(at horizon: Double) -> StopReason {
        let pending = !queue.isEmpty
        if horizon.isFinite { clock = horizon }
        return pending ? .horizonReached : .queueEmpty
    }
}

extension EventQueue {
    /// Whether a pending event lies at or before `limit` (tombstones on top are dropped).
    @usableFromInline
    mutating func popNextIsDue(notAfter limit: Double) -> Bool {
        guard let time = nextTime() else { return false }
        return time <= limit
    }
}

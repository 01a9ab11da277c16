/// The future event set: a binary min-heap ordered by (time, priority,
/// ahead, sequence), with O(1) cancellation by lazy tombstones.
///
/// The sequence number grows with every schedule, so events with equal time
/// and priority run in the order they were scheduled, except that events
/// scheduled `ahead` run before the others of their time and priority (in
/// the order they were scheduled): ``Simulation`` schedules a handler's
/// zero-delay consequences ahead, so they run before the events already due
/// at that instant. Each event's
/// payload lives in a reusable slot; a heap entry carries the slot's
/// generation, and cancelling bumps the generation so the stale entry is
/// skipped when it reaches the top (lazy deletion, as in SimPy, because
/// cancellations are frequent and a skipped pop is cheap). When tombstones
/// outnumber live events the heap is rebuilt in O(n), so memory stays
/// proportional to the live events.
///
/// Complexity: `schedule` and `popNext` O(log n); `cancel` O(1) amortised;
/// `reschedule` O(log n). Sequence numbers are 47-bit: 1.4 × 10¹⁴ schedules.
///
/// The queue is non-copyable: it owns its buffers outright, so the event loop
/// pays no copy-on-write checks, and a simulation's future cannot be
/// duplicated by accident.
public struct EventQueue<Payload>: ~Copyable {
    @usableFromInline
    struct Entry {
        @usableFromInline var time: Double
        /// Priority in the high 16 bits, then a bit that is 0 for events
        /// scheduled ahead, then the sequence number in the low 47.
        @usableFromInline var key: UInt64
        @usableFromInline var slot: UInt32
        @usableFromInline var generation: UInt32

        @inlinable init(time: Double, key: UInt64, slot: UInt32, generation: UInt32) {
            self.time = time
            self.key = key
            self.slot = slot
            self.generation = generation
        }

        @inlinable func precedes(_ other: Entry) -> Bool {
            time < other.time || (time == other.time && key < other.key)
        }
    }

    @usableFromInline
    struct Slot {
        @usableFromInline var payload: Payload
        @usableFromInline var priority: EventPriority
        /// Bumped when the slot's event fires, is cancelled or is moved.
        @usableFromInline var generation: UInt32
        /// The next free slot while this one is free (an intrusive free list).
        @usableFromInline var nextFree: UInt32

        @inlinable init(payload: Payload, priority: EventPriority) {
            self.payload = payload
            self.priority = priority
            self.generation = 0
            self.nextFree = Self.none
        }

        @inlinable static var none: UInt32 { .max }
    }

    /// Heap entries in `heap[0..<heapCount]`.
    @usableFromInline var heap: UnsafeMutablePointer<Entry>
    @usableFromInline var heapCapacity: Int
    @usableFromInline var heapCount = 0
    /// Initialised slots in `slots[0..<slotCount]`.
    @usableFromInline var slots: UnsafeMutablePointer<Slot>
    @usableFromInline var slotCapacity: Int
    @usableFromInline var slotCount = 0
    @usableFromInline var firstFreeSlot = Slot.none
    @usableFromInline var nextSequence: UInt64 = 0
    @usableFromInline var liveCount = 0

    public init() {
        heapCapacity = 64
        heap = .allocate(capacity: heapCapacity)
        slotCapacity = 64
        slots = .allocate(capacity: slotCapacity)
    }

    deinit {
        heap.deallocate()
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }

    /// Empties the queue, keeping its storage: a queue reused for the next
    /// replication allocates nothing. Handles issued before no longer match.
    public mutating func removeAll() {
        for slot in 0..<slotCount {
            slots[slot].generation &+= 1
            slots[slot].nextFree = slot + 1 < slotCount ? UInt32(slot + 1) : Slot.none
        }
        firstFreeSlot = slotCount > 0 ? 0 : Slot.none
        heapCount = 0
        liveCount = 0
        nextSequence = 0
        _checkInvariantsIfEnabled()
    }

    /// The number of pending (scheduled, not yet fired or cancelled) events.
    @inlinable public var count: Int { liveCount }

    @inlinable public var isEmpty: Bool { liveCount == 0 }

    /// Schedules `payload` at `time` and returns a handle for cancelling it.
    /// With `ahead`, it runs before the events of the same time and priority
    /// that were not scheduled ahead (after those that were, in order).
    @inlinable @discardableResult
    public mutating func schedule(
        _ payload: Payload, at time: Double, priority: EventPriority = .normal, ahead: Bool = false
    ) -> EventHandle {
        precondition(!time.isNaN, "EventQueue: an event cannot be scheduled at NaN")
        let slot: UInt32
        if firstFreeSlot != Slot.none {
            slot = firstFreeSlot
            firstFreeSlot = slots[Int(slot)].nextFree
            slots[Int(slot)].payload = payload
            slots[Int(slot)].priority = priority
        } else {
            if slotCount == slotCapacity { growSlots() }
            slot = UInt32(slotCount)
            (slots + slotCount).initialize(to: Slot(payload: payload, priority: priority))
            slotCount += 1
        }
        let generation = slots[Int(slot)].generation
        push(Entry(time: time, key: nextKey(priority, ahead: ahead), slot: slot, generation: generation))
        liveCount += 1
        _checkInvariantsIfEnabled()
        return EventHandle(slot: slot, generation: generation)
    }

    /// Removes and returns the earliest pending event if its time is at most
    /// `limit`; otherwise leaves the queue as it is and returns nil.
    @inlinable
    public mutating func popNext(notAfter limit: Double) -> (time: Double, payload: Payload)? {
        while heapCount > 0 {
            let top = heap[0]
            guard top.time <= limit else { return nil }
            removeTop()
            guard slots[Int(top.slot)].generation == top.generation else { continue }
            release(top.slot)
            liveCount -= 1
            _checkInvariantsIfEnabled()
            return (top.time, slots[Int(top.slot)].payload)
        }
        return nil
    }

    /// The time of the earliest pending event, if any.
    public mutating func nextTime() -> Double? {
        while heapCount > 0 {
            let top = heap[0]
            if slots[Int(top.slot)].generation == top.generation { return top.time }
            removeTop()
        }
        return nil
    }

    /// Cancels a pending event. Returns false if it already fired or was cancelled.
    @inlinable @discardableResult
    public mutating func cancel(_ handle: EventHandle) -> Bool {
        guard isPending(handle) else { return false }
        release(handle.slot)
        liveCount -= 1
        compactIfMostlyTombstones()
        _checkInvariantsIfEnabled()
        return true
    }

    /// Moves a pending event to `time`, keeping its payload and priority; it
    /// then runs after events already scheduled for that time and priority
    /// (with `ahead`, as ``schedule(_:at:priority:ahead:)`` says).
    /// Returns the new handle, or nil if the event already fired or was cancelled.
    @inlinable
    public mutating func reschedule(_ handle: EventHandle, to time: Double, ahead: Bool = false) -> EventHandle? {
        precondition(!time.isNaN, "EventQueue: an event cannot be rescheduled to NaN")
        guard isPending(handle) else { return nil }
        let index = Int(handle.slot)
        slots[index].generation &+= 1
        let generation = slots[index].generation
        push(Entry(time: time, key: nextKey(slots[index].priority, ahead: ahead), slot: handle.slot, generation: generation))
        compactIfMostlyTombstones()
        _checkInvariantsIfEnabled()
        return EventHandle(slot: handle.slot, generation: generation)
    }

    /// Whether `handle` names an event that has neither fired nor been cancelled.
    @inlinable
    public func isPending(_ handle: EventHandle) -> Bool {
        Int(handle.slot) < slotCount && slots[Int(handle.slot)].generation == handle.generation
    }

    /// The payload of a pending event.
    public func payload(of handle: EventHandle) -> Payload? {
        isPending(handle) ? slots[Int(handle.slot)].payload : nil
    }

    /// Ends the slot's current event (its heap entry becomes a tombstone)
    /// and puts the slot on the free list.
    @inlinable @inline(__always)
    mutating func release(_ slot: UInt32) {
        slots[Int(slot)].generation &+= 1
        slots[Int(slot)].nextFree = firstFreeSlot
        firstFreeSlot = slot
    }

    @inlinable
    mutating func nextKey(_ priority: EventPriority, ahead: Bool) -> UInt64 {
        let sequence = nextSequence
        precondition(sequence < 1 << 47, "EventQueue: sequence numbers exhausted")
        nextSequence = sequence &+ 1
        return priority.keyBits | (ahead ? 0 : 1 << 47) | sequence
    }
}

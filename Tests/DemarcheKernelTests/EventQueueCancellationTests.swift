import DemarcheKernel
import DemarcheRandom
import Testing

/// Cancel and reschedule against a reference model (a dictionary of pending
/// events), with the heap invariants checked after every operation.
@Suite struct EventQueueCancellationTests {
    struct Pending { var time: Double; var sequence: Int }

    @Test(arguments: UInt64(0)..<100)
    func randomOperationsMatchReferenceModel(seed: UInt64) {
        let random = RandomStream(seed: seed)
        var queue = EventQueue<Int>()
        var handles: [Int: EventHandle] = [:]
        var pending: [Int: Pending] = [:]
        var fired: [EventHandle] = []
        var sequence = 0
        var nextID = 0
        for _ in 0..<600 {
            let roll = random.uniform()
            if roll < 0.4 {
                let time = Double(random.uniformInteger(below: 50))
                handles[nextID] = queue.schedule(nextID, at: time)
                pending[nextID] = Pending(time: time, sequence: sequence)
                nextID += 1
                sequence += 1
            } else if roll < 0.6, let id = pending.keys.randomElement(using: random) {
                let first = queue.cancel(handles[id]!)
                let second = queue.cancel(handles[id]!)
                #expect(first && !second, "cancelling twice is a no-op")
                pending[id] = nil
            } else if roll < 0.75, let id = pending.keys.randomElement(using: random) {
                let time = Double(random.uniformInteger(below: 50))
                let moved = queue.reschedule(handles[id]!, to: time)
                #expect(moved != nil && !queue.isPending(handles[id]!))
                handles[id] = moved
                pending[id] = Pending(time: time, sequence: sequence)
                sequence += 1
            } else if roll < 0.8, let stale = fired.last {
                let cancelled = queue.cancel(stale)
                let moved = queue.reschedule(stale, to: 1)
                #expect(!cancelled && moved == nil, "a fired event can be neither cancelled nor moved")
            } else if let event = queue.popNext(notAfter: .infinity) {
                let expected = pending.min { ($0.value.time, $0.value.sequence) < ($1.value.time, $1.value.sequence) }!
                #expect(event.payload == expected.key && event.time == expected.value.time)
                pending[expected.key] = nil
                fired.append(handles[expected.key]!)
            }
            queue._checkInvariants()
            #expect(queue.count == pending.count)
        }
    }

    @Test func rescheduleKeepsPayloadAndPriority() {
        var queue = EventQueue<String>()
        let deadline = queue.schedule("deadline", at: 90, priority: .urgent)
        queue.schedule("other", at: 120)
        let extended = queue.reschedule(deadline, to: 120)!
        #expect(queue.payload(of: extended) == "deadline")
        let first = queue.popNext(notAfter: .infinity)?.payload
        let second = queue.popNext(notAfter: .infinity)?.payload
        #expect(first == "deadline", "urgent runs first at 120")
        #expect(second == "other")
    }

    @Test func tombstonesAreCompacted() {
        var queue = EventQueue<Int>()
        var handle = queue.schedule(0, at: 1)
        for step in 1...100_000 { handle = queue.reschedule(handle, to: Double(step))! }
        queue._checkInvariants()
        #expect(queue.count == 1)
        let last = queue.popNext(notAfter: .infinity)
        #expect(last?.time == 100_000)
        let drained = queue.isEmpty
        #expect(drained)
    }
}

extension Dictionary.Keys {
    /// A key chosen by `random` (deterministic for a seed, unlike Swift's
    /// per-process hashing: sorts first).
    func randomElement(using random: RandomStream) -> Key? where Key: Comparable {
        guard !isEmpty else { return nil }
        return sorted()[random.uniformInteger(below: count)]
    }
}

import DemarcheKernel
import DemarcheRandom
import Testing

/// Events pop in (time, priority, ahead first, scheduling order), whatever
/// the pattern of schedules and pops, over thousands of randomized schedules
/// with many ties.
@Suite struct EventQueueOrderTests {
    struct Reference: Comparable {
        var time: Double
        var priority: Int16
        var ahead: Bool
        var sequence: Int
        static func < (a: Reference, b: Reference) -> Bool {
            (a.time, a.priority, a.ahead ? 0 : 1, a.sequence) < (b.time, b.priority, b.ahead ? 0 : 1, b.sequence)
        }
    }

    @Test(arguments: UInt64(0)..<200)
    func popsInTimePriorityAheadThenSequenceOrder(seed: UInt64) {
        let random = RandomStream(seed: seed)
        var queue = EventQueue<Int>()
        var reference: [Reference] = []
        var sequence = 0
        var now = 0.0
        for _ in 0..<300 {
            if random.uniform() < 0.65 {
                // Integer times in a narrow window force many exact ties.
                let time = now + Double(random.uniformInteger(below: 5))
                let priority = Int16(random.uniformInteger(below: 3)) - 1
                let ahead = random.uniform() < 0.3
                queue.schedule(sequence, at: time, priority: EventPriority(priority), ahead: ahead)
                reference.append(Reference(time: time, priority: priority, ahead: ahead, sequence: sequence))
                sequence += 1
            } else if let popped = queue.popNext(notAfter: .infinity) {
                let expected = reference.min()!
                reference.removeAll { $0 == expected }
                #expect(popped.payload == expected.sequence && popped.time == expected.time)
                now = popped.time
            }
            queue._checkInvariants()
        }
        while let popped = queue.popNext(notAfter: .infinity) {
            let expected = reference.min()!
            reference.removeAll { $0 == expected }
            #expect(popped.payload == expected.sequence)
        }
        #expect(reference.isEmpty && queue.isEmpty)
    }

    @Test func simultaneousEventsRunInSchedulingOrder() {
        var queue = EventQueue<Int>()
        for id in 0..<1000 { queue.schedule(id, at: 42) }
        var order: [Int] = []
        while let event = queue.popNext(notAfter: 42) { order.append(event.payload) }
        #expect(order == Array(0..<1000))
    }

    @Test func priorityBeatsSchedulingOrderAtTheSameTime() {
        var queue = EventQueue<String>()
        queue.schedule("normal-1", at: 5)
        queue.schedule("late", at: 5, priority: .late)
        queue.schedule("urgent", at: 5, priority: .urgent)
        queue.schedule("normal-2", at: 5)
        queue.schedule("earlier", at: 4.999, priority: .late)
        queue.schedule("most extreme", at: 5, priority: EventPriority(.min))
        queue.schedule("least", at: 5, priority: EventPriority(.max))
        var order: [String] = []
        while let event = queue.popNext(notAfter: .infinity) { order.append(event.payload) }
        #expect(order == ["earlier", "most extreme", "urgent", "normal-1", "normal-2", "late", "least"])
    }

    @Test func popNextLeavesLaterEventsInPlace() {
        var queue = EventQueue<Int>()
        queue.schedule(1, at: 10)
        let early = queue.popNext(notAfter: 9.999)
        #expect(early == nil && queue.count == 1)
        let due = queue.popNext(notAfter: 10)
        #expect(due?.payload == 1)
    }
}

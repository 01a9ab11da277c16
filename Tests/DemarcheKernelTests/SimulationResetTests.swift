import DemarcheKernel
import DemarcheRandom
import Testing

/// A simulation reset for another run (as a replication reuses its queue)
/// behaves exactly like a fresh one, and handles from before do nothing.
@Suite struct SimulationResetTests {
    /// Random schedules, cancellations and same-instant ties, run to a horizon.
    func log(_ simulation: inout Simulation<TestEvent>, seed: UInt64) -> [String] {
        let random = RandomStream(seed: seed)
        var handles: [EventHandle] = []
        for id in 0..<200 {
            handles.append(simulation.schedule(TestEvent(id: id), at: Double(random.uniformInteger(below: 50))))
        }
        for handle in handles where random.uniform() < 0.3 { simulation.cancel(handle) }
        var log: [String] = []
        _ = simulation.run(until: 40) { simulation, event in
            log.append("\(simulation.now) \(event.id)")
            if event.id % 7 == 0 { simulation.schedule(TestEvent(id: 1000 + event.id), after: 0) }
        }
        log.append("processed \(simulation.processedEvents), pending \(simulation.pendingEvents), now \(simulation.now)")
        return log
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func resetRunsLikeFresh(_ seed: UInt64) {
        var reused = Simulation<TestEvent>()
        let stale = reused.schedule(TestEvent(id: -1), at: 3)
        _ = log(&reused, seed: seed + 100)
        reused.reset()
        #expect(reused.now == 0 && reused.pendingEvents == 0 && reused.processedEvents == 0)
        #expect(!reused.isPending(stale) && !reused.cancel(stale))
        var fresh = Simulation<TestEvent>()
        #expect(log(&reused, seed: seed) == log(&fresh, seed: seed))
    }

    @Test func resetQueueKeepsItsInvariants() {
        var queue = EventQueue<Int>()
        for time in 0..<300 { queue.schedule(time, at: Double(time % 17)) }
        queue.removeAll()
        queue._checkInvariants()
        #expect(queue.isEmpty && queue.popNext(notAfter: .infinity) == nil)
        queue.schedule(7, at: 1)
        queue._checkInvariants()
        #expect(queue.popNext(notAfter: .infinity)?.payload == 7)
    }
}

import DemarcheKernel
import Testing

@Suite struct SimulationRunTests {
    @Test func runsEventsUpToAndIncludingTheHorizon() {
        var simulation = Simulation<TestEvent>()
        for time in [1.0, 5, 10, 10.000001, 20] { simulation.schedule(TestEvent(id: Int(time)), at: time) }
        var seen: [Double] = []
        let reason = simulation.run(until: 10) { simulation, _ in seen.append(simulation.now) }
        #expect(reason == .horizonReached)
        #expect(seen == [1, 5, 10])
        #expect(simulation.now == 10)
        #expect(simulation.pendingEvents == 2)
        // A second run resumes where the first stopped.
        let second = simulation.run(until: 100) { simulation, _ in seen.append(simulation.now) }
        #expect(second == .queueEmpty)
        #expect(seen == [1, 5, 10, 10.000001, 20])
        #expect(simulation.now == 100)
    }

    @Test func stopsWhenNothingIsPending() {
        var simulation = Simulation<TestEvent>()
        simulation.schedule(TestEvent(id: 1), after: 3)
        let reason = simulation.run { _, _ in }
        #expect(reason == .queueEmpty)
        #expect(simulation.now == 3, "an infinite horizon leaves the clock at the last event")
        #expect(simulation.processedEvents == 1)
    }

    @Test func handlerSchedulesAndCancels() {
        var simulation = Simulation<TestEvent>()
        let deadline = simulation.schedule(TestEvent(id: 0, kind: "deadline"), at: 90)
        simulation.schedule(TestEvent(id: 1, kind: "comply"), at: 30)
        var log: [String] = []
        _ = simulation.run(until: 365) { simulation, event in
            log.append("\(simulation.now) \(event.kind)")
            if event.kind == "comply" {
                let cancelled = simulation.cancel(deadline)
                #expect(cancelled)
                simulation.schedule(TestEvent(id: 2, kind: "retaliate"), after: 14)
            }
        }
        #expect(log == ["30.0 comply", "44.0 retaliate"])
    }

    /// An event a handler schedules for its own instant (a zero-delay
    /// consequence) runs before the events already due at that instant, after
    /// the consequences scheduled before it: consequences of an earlier cause
    /// come first. Priorities still order the instant, and a delay, however
    /// small, is not a consequence of the instant.
    @Test func zeroDelayConsequencesRunBeforeEventsAlreadyDue() {
        var simulation = Simulation<TestEvent>()
        simulation.schedule(TestEvent(id: 0, kind: "election"), at: 90)
        simulation.schedule(TestEvent(id: 1, kind: "deadline"), at: 90)
        var log: [String] = []
        _ = simulation.run(until: 365) { simulation, event in
            log.append(event.kind)
            switch event.kind {
            case "election":
                simulation.schedule(TestEvent(id: 2, kind: "revoke"), after: 0)
                simulation.schedule(TestEvent(id: 3, kind: "bookkeeping"), after: 0, priority: .late)
                simulation.schedule(TestEvent(id: 4, kind: "recount"), after: 1e-9)
                simulation.schedule(TestEvent(id: 5, kind: "speech"), at: simulation.now)
            case "revoke":
                simulation.schedule(TestEvent(id: 6, kind: "revoked"), after: 0)
            case "deadline":
                simulation.schedule(TestEvent(id: 7, kind: "effective"), after: 0)
            default: break
            }
        }
        #expect(log == ["election", "revoke", "speech", "revoked", "deadline", "effective", "bookkeeping", "recount"])
    }

    @Test func eventLimitNamesTheRunawayKind() {
        var simulation = Simulation<TestEvent>()
        simulation.schedule(TestEvent(id: 0, kind: "trigger five-eyes"), at: 0)
        simulation.schedule(TestEvent(id: 1, kind: "election"), at: 10)
        let reason = simulation.run(until: 365, maxEvents: 5000) { simulation, event in
            if event.kind == "trigger five-eyes" { simulation.schedule(event, after: 0) }
        }
        guard case .eventLimitReached(let diagnosis) = reason else {
            Issue.record("expected the event limit, got \(reason)")
            return
        }
        #expect(diagnosis.eventLimit == 5000)
        #expect(diagnosis.time == 0)
        #expect(diagnosis.recentKinds.first?.kind == "trigger five-eyes")
        #expect(diagnosis.recentKinds.first?.count == Simulation<TestEvent>.diagnosisWindow)
        #expect(diagnosis.description.contains("'trigger five-eyes' 1024×"))
        #expect(simulation.processedEvents == 5000)
    }

    @Test func exactlyMaxEventsWithNothingLeftIsNotARunaway() {
        var simulation = Simulation<TestEvent>()
        for id in 0..<10 { simulation.schedule(TestEvent(id: id), at: Double(id)) }
        let exact = simulation.run(until: 100, maxEvents: 10) { _, _ in }
        #expect(exact == .queueEmpty)
        var later = Simulation<TestEvent>()
        for id in 0..<11 { later.schedule(TestEvent(id: id), at: Double(id) * 20) }
        let beforeHorizon = later.run(until: 100, maxEvents: 6) { _, _ in }
        #expect(beforeHorizon == .horizonReached)
    }

    @Test func zeroEventLimitWithWorkPendingIsARunaway() {
        var simulation = Simulation<TestEvent>()
        simulation.schedule(TestEvent(id: 0), at: 1)
        guard case .eventLimitReached(let diagnosis) = simulation.run(until: 5, maxEvents: 0, { _, _ in }) else {
            Issue.record("expected the event limit")
            return
        }
        #expect(diagnosis.window == 0)
    }

    @Test func handlerErrorsPropagate() {
        struct Stop: Error {}
        var simulation = Simulation<TestEvent>()
        simulation.schedule(TestEvent(id: 0), at: 1)
        simulation.schedule(TestEvent(id: 1), at: 2)
        var thrown = false
        do {
            _ = try simulation.run { _, event throws(Stop) in if event.id == 0 { throw Stop() } }
        } catch {
            thrown = true
        }
        #expect(thrown)
        #expect(simulation.pendingEvents == 1)
    }
}

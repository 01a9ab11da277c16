import DemarcheKernel
import Testing

/// The queue owns its buffers by hand; payloads that hold references must be
/// released exactly once whether they fire, are cancelled, reused or dropped.
@Suite struct EventQueueMemoryTests {
    final class Token {
        let onDeinit: () -> Void
        init(_ onDeinit: @escaping () -> Void) { self.onDeinit = onDeinit }
        deinit { onDeinit() }
    }

    final class Counter { var released = 0 }

    @Test func payloadsAreReleasedOnceWhenTheQueueGoesAway() {
        let counter = Counter()
        do {
            var queue = EventQueue<Token>()
            var handles: [EventHandle] = []
            for index in 0..<500 {
                handles.append(queue.schedule(Token { counter.released += 1 }, at: Double(index % 17)))
            }
            for handle in handles.prefix(200) { queue.cancel(handle) }
            for _ in 0..<150 { _ = queue.popNext(notAfter: .infinity) }
            for index in 0..<300 { queue.schedule(Token { counter.released += 1 }, at: Double(index)) }
            queue._checkInvariants()
        }
        #expect(counter.released == 800)
    }
}

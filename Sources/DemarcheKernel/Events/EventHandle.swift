/// Names a scheduled event so it can be cancelled or rescheduled.
///
/// A handle outlives its event harmlessly: once the event has fired or been
/// cancelled, the handle no longer matches and cancelling it does nothing.
public struct EventHandle: Hashable, Sendable {
    @usableFromInline let slot: UInt32
    @usableFromInline let generation: UInt32

    @inlinable init(slot: UInt32, generation: UInt32) {
        self.slot = slot
        self.generation = generation
    }
}

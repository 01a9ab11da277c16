extension EventQueue {
    /// Checks the heap property, slot bookkeeping and live count; O(n).
    /// For tests and for builds with `-D DEMARCHE_INTERNAL_CHECKS`.
    public func _checkInvariants() {
        for index in heap.indices.dropFirst() {
            precondition(!heap[index].precedes(heap[(index - 1) / 2]), "heap order violated at \(index)")
        }
        let live = heap.filter { slots[Int($0.slot)].generation == $0.generation }
        precondition(live.count == liveCount, "live count \(liveCount) but \(live.count) live entries")
        precondition(Set(live.map(\.slot)).count == live.count, "two live entries share a slot")
        precondition(Set(freeSlots).count == freeSlots.count, "a slot is free twice")
        precondition(freeSlots.count + liveCount == slots.count, "slots leaked")
    }
}

extension EventQueue {
    /// Runs ``_checkInvariants()`` after every operation when the package is
    /// built with `-Xswiftc -DDEMARCHE_INTERNAL_CHECKS`; compiles to nothing otherwise.
    @inlinable @inline(__always)
    func _checkInvariantsIfEnabled() {
        #if DEMARCHE_INTERNAL_CHECKS
        _checkInvariants()
        #endif
    }
}

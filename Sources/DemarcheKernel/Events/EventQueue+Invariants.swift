extension EventQueue {
    /// Checks the heap property, slot bookkeeping and live count; O(n).
    /// For tests and for builds with `-D DEMARCHE_INTERNAL_CHECKS`.
    public func _checkInvariants() {
        precondition(heapCount <= heapCapacity && slotCount <= slotCapacity, "count beyond storage")
        let entries = Array(UnsafeBufferPointer(start: heap, count: heapCount))
        for index in entries.indices.dropFirst() {
            precondition(!entries[index].precedes(entries[(index - 1) / 2]), "heap order violated at \(index)")
        }
        let live = entries.filter { slots[Int($0.slot)].generation == $0.generation }
        precondition(live.count == liveCount, "live count \(liveCount) but \(live.count) live entries")
        precondition(Set(live.map(\.slot)).count == live.count, "two live entries share a slot")
        var free = Set<UInt32>()
        var slot = firstFreeSlot
        while slot != Slot.none {
            precondition(free.insert(slot).inserted, "the free list has a cycle at slot \(slot)")
            slot = slots[Int(slot)].nextFree
        }
        precondition(free.isDisjoint(with: live.map(\.slot)), "a live event's slot is on the free list")
        precondition(free.count + liveCount == slotCount, "slots leaked")
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

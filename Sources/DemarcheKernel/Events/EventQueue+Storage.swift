extension EventQueue {
    /// Doubles the heap's capacity (amortised O(1) per push).
    @usableFromInline
    mutating func growHeap() {
        let capacity = heapCapacity * 2
        let grown = UnsafeMutablePointer<Entry>.allocate(capacity: capacity)
        grown.moveInitialize(from: heap, count: heapCount)
        heap.deallocate()
        heap = grown
        heapCapacity = capacity
    }

    /// Doubles the slot table's capacity (amortised O(1) per new slot).
    @usableFromInline
    mutating func growSlots() {
        let capacity = slotCapacity * 2
        let grown = UnsafeMutablePointer<Slot>.allocate(capacity: capacity)
        grown.moveInitialize(from: slots, count: slotCount)
        slots.deallocate()
        slots = grown
        slotCapacity = capacity
    }
}

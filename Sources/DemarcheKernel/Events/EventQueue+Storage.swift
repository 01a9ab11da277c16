extension EventQueue {
    /// Doubles the heap's capacity (amortised O(1) per push).
    @usableFromInline
    mutating func growHeap() { (heap, heapCapacity) = Self.doubled(heap, capacity: heapCapacity, count: heapCount) }

    /// Doubles the slot table's capacity (amortised O(1) per new slot).
    @usableFromInline
    mutating func growSlots() { (slots, slotCapacity) = Self.doubled(slots, capacity: slotCapacity, count: slotCount) }

    /// A buffer of twice the capacity holding the first `count` elements,
    /// moved out of `buffer`, which is freed.
    static func doubled<Element>(
        _ buffer: UnsafeMutablePointer<Element>, capacity: Int, count: Int
    ) -> (UnsafeMutablePointer<Element>, Int) {
        let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        grown.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        return (grown, capacity * 2)
    }
}

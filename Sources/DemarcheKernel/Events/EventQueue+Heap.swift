extension EventQueue {
    /// Sift-up with a hole (Knuth, TAOCP vol. 3, §5.2.3): one write per level.
    @inlinable @inline(__always)
    mutating func push(_ entry: Entry) {
        if heapCount == heapCapacity { growHeap() }
        var hole = heapCount
        heapCount += 1
        while hole > 0 {
            let parent = (hole - 1) / 2
            guard entry.precedes(heap[parent]) else { break }
            heap[hole] = heap[parent]
            hole = parent
        }
        heap[hole] = entry
    }

    /// Removes the root and sifts the last entry down into the hole.
    @inlinable @inline(__always)
    mutating func removeTop() {
        heapCount -= 1
        if heapCount > 0 { siftDown(heap[heapCount], from: 0) }
    }

    /// Places `entry` in the hole at `start`, moving smaller children up.
    @inlinable @inline(__always)
    func siftDown(_ entry: Entry, from start: Int) {
        let count = heapCount
        var hole = start
        while true {
            var child = 2 * hole + 1
            if child >= count { break }
            if child + 1 < count && heap[child + 1].precedes(heap[child]) { child += 1 }
            guard heap[child].precedes(entry) else { break }
            heap[hole] = heap[child]
            hole = child
        }
        heap[hole] = entry
    }

    /// Rebuilds the heap without tombstones once they are more than half of
    /// it, so cancel-heavy models keep memory proportional to live events.
    /// Amortised O(1) per cancellation (Floyd's O(n) heap construction).
    @inlinable
    mutating func compactIfMostlyTombstones() {
        guard heapCount > 64, heapCount > 2 * liveCount else { return }
        rebuildWithoutTombstones()
    }

    @usableFromInline
    mutating func rebuildWithoutTombstones() {
        var kept = 0
        for index in 0..<heapCount where slots[Int(heap[index].slot)].generation == heap[index].generation {
            heap[kept] = heap[index]
            kept += 1
        }
        heapCount = kept
        guard kept > 1 else { return }
        for start in stride(from: kept / 2 - 1, through: 0, by: -1) {
            siftDown(heap[start], from: start)
        }
    }
}

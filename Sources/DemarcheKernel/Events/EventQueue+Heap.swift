extension EventQueue {
    /// Sift-up with a hole (Knuth, TAOCP vol. 3, §5.2.3): one write per level.
    @inlinable
    mutating func push(_ entry: Entry) {
        if heapCount == heap.count { heap.append(entry) }
        let start = heapCount
        heapCount += 1
        heap.withUnsafeMutableBufferPointer { buffer in
            var hole = start
            while hole > 0 {
                let parent = (hole - 1) / 2
                guard entry.precedes(buffer[parent]) else { break }
                buffer[hole] = buffer[parent]
                hole = parent
            }
            buffer[hole] = entry
        }
    }

    /// Removes the root and sifts the last entry down into the hole.
    @inlinable
    mutating func removeTop() {
        heapCount -= 1
        let count = heapCount
        heap.withUnsafeMutableBufferPointer { buffer in
            guard count > 0 else { return }
            Self.siftDown(buffer[count], from: 0, in: buffer, count: count)
        }
    }

    /// Places `entry` in the hole at `start`, moving smaller children up.
    @inlinable
    static func siftDown(_ entry: Entry, from start: Int, in buffer: UnsafeMutableBufferPointer<Entry>, count: Int) {
        var hole = start
        while true {
            var child = 2 * hole + 1
            if child >= count { break }
            if child + 1 < count && buffer[child + 1].precedes(buffer[child]) { child += 1 }
            guard buffer[child].precedes(entry) else { break }
            buffer[hole] = buffer[child]
            hole = child
        }
        buffer[hole] = entry
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
        heap.removeSubrange(heapCount...)
        heap.removeAll { slots[Int($0.slot)].generation != $0.generation }
        heapCount = heap.count
        let count = heapCount
        heap.withUnsafeMutableBufferPointer { buffer in
            guard count > 1 else { return }
            for start in stride(from: count / 2 - 1, through: 0, by: -1) {
                Self.siftDown(buffer[start], from: start, in: buffer, count: count)
            }
        }
    }
}

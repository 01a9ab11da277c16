extension EventQueue {
    /// Sift-up with a hole (Knuth, TAOCP vol. 3, §5.2.3): one write per level.
    @inlinable
    mutating func push(_ entry: Entry) {
        heap.append(entry)
        heap.withUnsafeMutableBufferPointer { buffer in
            var hole = buffer.count - 1
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
        let last = heap.removeLast()
        heap.withUnsafeMutableBufferPointer { buffer in
            let count = buffer.count
            guard count > 0 else { return }
            var hole = 0
            while true {
                var child = 2 * hole + 1
                if child >= count { break }
                if child + 1 < count && buffer[child + 1].precedes(buffer[child]) { child += 1 }
                guard buffer[child].precedes(last) else { break }
                buffer[hole] = buffer[child]
                hole = child
            }
            buffer[hole] = last
        }
    }

    /// Rebuilds the heap without tombstones once they are more than half of
    /// it, so cancel-heavy models keep memory proportional to live events.
    /// Amortised O(1) per cancellation (Floyd's O(n) heap construction).
    @inlinable
    mutating func compactIfMostlyTombstones() {
        guard heap.count > 64, heap.count > 2 * liveCount else { return }
        rebuildWithoutTombstones()
    }

    @usableFromInline
    mutating func rebuildWithoutTombstones() {
        heap.removeAll { slots[Int($0.slot)].generation != $0.generation }
        heap.withUnsafeMutableBufferPointer { buffer in
            let count = buffer.count
            guard count > 1 else { return }
            for start in stride(from: count / 2 - 1, through: 0, by: -1) {
                let entry = buffer[start]
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
        }
    }
}

/// The named random streams of one replication, created on first use.
///
/// Every stream is derived from the same master seed, variant and
/// replication — with a counter-based generator (the default, Philox4x32-10)
/// by its ``StreamKey`` and the replication as counter, otherwise seeded by
/// ``StreamSeed`` — so asking for streams in a different order, or not at
/// all, never changes another stream's draws.
public final class ReplicationStreams {
    public let masterSeed: UInt64
    public let variant: UInt64
    public private(set) var replication: UInt32
    public let algorithm: RandomGenerator

    struct Entry {
        let id: StreamID
        let stream: RandomStream
    }

    /// The streams created so far, in order of creation.
    private var entries: [Entry] = []
    /// Their keys and generator states, to reposition counter-based streams
    /// without touching the stream objects (no reference counting).
    private var keys: [StreamKey] = []
    private var states: [UnsafeMutableRawPointer] = []
    private var positions: [StreamID: Int] = [:]

    public init(
        masterSeed: UInt64, variant: UInt64 = 0, replication: UInt32,
        algorithm: RandomGenerator = .replicationDefault
    ) {
        self.masterSeed = masterSeed
        self.variant = variant
        self.replication = replication
        self.algorithm = algorithm
    }

    /// Moves every stream to `replication`, reusing the generators already
    /// allocated: a counter-based stream is repositioned at once (a few
    /// stores); a seeded one (mt19937 holds 5 kB of state and seeds in 624
    /// steps) is reseeded lazily, on its first draw in the new replication.
    public func reset(toReplication replication: UInt32) {
        self.replication = replication
        if algorithm.isCounterBased {
            for position in states.indices {
                RandomStream.restartPhilox(states[position], keys[position], replication: replication)
            }
        } else {
            for entry in entries { entry.stream.reseedBeforeNextDraw(UInt64(seed(entry.id).value)) }
        }
    }

    /// The stream called `id` in this replication.
    public func stream(_ id: StreamID) -> RandomStream {
        if let position = positions[id] { return entries[position].stream }
        let key = StreamKey(master: masterSeed, variant: variant, stream: id)
        let created = algorithm.isCounterBased
            ? RandomStream(key, replication: replication) : RandomStream(seed(id), algorithm: algorithm)
        positions[id] = entries.count
        entries.append(Entry(id: id, stream: created))
        keys.append(key)
        states.append(created.state.pointee.state)
        return created
    }

    private func seed(_ id: StreamID) -> StreamSeed {
        StreamSeed(master: masterSeed, variant: variant, replication: replication, stream: id)
    }
}

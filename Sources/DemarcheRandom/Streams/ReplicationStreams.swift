/// The named random streams of one replication, created on first use.
///
/// Every stream is seeded by ``StreamSeed`` from the same master seed, variant
/// and replication, so asking for streams in a different order, or not at all,
/// never changes another stream's draws.
public final class ReplicationStreams {
    public let masterSeed: UInt64
    public let variant: UInt64
    public private(set) var replication: UInt32
    public let algorithm: RandomGenerator
    private var streams: [StreamID: RandomStream] = [:]

    public init(
        masterSeed: UInt64, variant: UInt64 = 0, replication: UInt32,
        algorithm: RandomGenerator = .mt19937
    ) {
        self.masterSeed = masterSeed
        self.variant = variant
        self.replication = replication
        self.algorithm = algorithm
    }

    /// Moves every stream to `replication`, reusing the generators already
    /// allocated (mt19937 holds 5 kB of state); each is reseeded lazily, on
    /// its first draw in the new replication.
    public func reset(toReplication replication: UInt32) {
        self.replication = replication
        for (id, stream) in streams {
            stream.reseedBeforeNextDraw(UInt64(StreamSeed(master: masterSeed, variant: variant, replication: replication, stream: id).value))
        }
    }

    /// The stream called `id` in this replication.
    public func stream(_ id: StreamID) -> RandomStream {
        if let existing = streams[id] { return existing }
        let seed = StreamSeed(master: masterSeed, variant: variant, replication: replication, stream: id)
        let created = RandomStream(seed, algorithm: algorithm)
        streams[id] = created
        return created
    }
}

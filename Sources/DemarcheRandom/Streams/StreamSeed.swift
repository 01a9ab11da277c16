/// The seed of one random stream: `mix(masterSeed, variant, replication,
/// stream)`, mapped into 1…2³²−1 (mt19937 uses 32 bits of its seed, and GSL
/// treats seed 0 as 4357).
///
/// Seeds are derived, never shared or incremented, so a result does not depend
/// on thread count, shard count or machine, and adding a stream for a new
/// mechanic does not shift the draws of the others. The master seed, variant
/// and stream are folded with SplitMix64; the replication enters last through
/// a 32-bit bijection, so the replications 0..<2³² of one stream get distinct
/// generator seeds (bar the single pair that the final reduction modulo
/// 2³²−1 merges).
///
/// For common random numbers across sweep variants, callers pass the same
/// `variant` for every variant of a design; distinct variants of unrelated
/// experiments get distinct streams.
public struct StreamSeed: Hashable, Sendable {
    /// A generator seed in 1…2³²−1.
    public let value: UInt32

    public init(master: UInt64, variant: UInt64 = 0, replication: UInt32, stream: StreamID) {
        let folded = splitMix64(splitMix64(splitMix64(master) ^ variant) ^ stream.rawValue)
        let base = UInt32(truncatingIfNeeded: folded ^ (folded >> 32))
        let mixed = murmurFinalize32(base ^ replication)
        self.value = mixed % UInt32.max + 1
    }
}

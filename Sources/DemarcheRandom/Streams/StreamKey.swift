/// Where a counter-based (Philox4x32-10) stream of one replication starts:
/// the key comes from (master seed, variant, stream), the counter from the
/// replication and the draw index:
///
///     key     = SplitMix64(SplitMix64(SplitMix64(master) ⊕ variant) ⊕ stream)
///     counter = (draw block, low word; draw block, high word; replication; stream tag)
///
/// with the stream tag the low 32 bits of the stream's identity. Every four
/// draws advance the counter's first two words (2⁶⁶ draws before they carry
/// into the replication), so for one master seed streams never overlap:
/// distinct streams have distinct tags (checked for the model's streams by a
/// test), the key is a bijection of the variant for a given stream, and
/// distinct replications have distinct counters. Positioning a stream is a
/// few stores, whatever the replication: nothing is seeded.
public struct StreamKey: Hashable, Sendable {
    /// The Philox key (its low word first).
    public let key: UInt64
    /// The counter's last word: the stream's identity, so that streams of
    /// one replication and key space never share a counter.
    public let tag: UInt32

    public init(master: UInt64, variant: UInt64 = 0, stream: StreamID) {
        key = splitMix64(splitMix64(splitMix64(master) ^ variant) ^ stream.rawValue)
        tag = UInt32(truncatingIfNeeded: stream.rawValue)
    }
}

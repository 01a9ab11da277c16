/// The identity of a named random stream ("campaign-timing", "decisions",
/// "courts"), stable across processes, platforms and Swift versions.
///
/// Swift's `Hasher` is seeded per process, so the name is hashed with 64-bit
/// FNV-1a over its UTF-8 bytes and then mixed with SplitMix64.
public struct StreamID: Hashable, Sendable, CustomStringConvertible {
    /// The hashed identity that enters seed derivation.
    public let rawValue: UInt64
    /// The name the stream was created from.
    public let name: String

    public init(_ name: String) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        self.rawValue = splitMix64(hash)
        self.name = name
    }

    public var description: String { name }
}

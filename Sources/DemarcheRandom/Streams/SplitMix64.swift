/// The SplitMix64 output function (Steele, Lea & Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014): a fixed bijection of 64-bit
/// integers with full avalanche. Used to derive seeds, never to draw values.
@usableFromInline
func splitMix64(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

/// MurmurHash3's 32-bit finaliser (Appleby 2011): a bijection of 32-bit
/// integers, so distinct replications of one stream get distinct seeds.
@usableFromInline
func murmurFinalize32(_ value: UInt32) -> UInt32 {
    var h = value
    h ^= h >> 16
    h &*= 0x85EB_CA6B
    h ^= h >> 13
    h &*= 0xC2B2_AE35
    h ^= h >> 16
    return h
}

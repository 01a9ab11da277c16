import CDemarchePhilox
import DemarcheRandom
import Testing

/// Philox4x32-10 against Python `randomgen`'s Philox (number 4, width 32),
/// an implementation independent of Demarche's C: values printed by
/// `Reference/philox_reference.py` (how to run it is in its docstring). The
/// first three blocks are also Random123's published known answers.
@Suite struct PhiloxKnownAnswerTests {
    struct Block: Sendable, CustomTestStringConvertible {
        let counter: (UInt32, UInt32, UInt32, UInt32)
        let key: UInt64
        let words: [UInt32]
        var testDescription: String { "counter \(counter) key \(key)" }
    }

    static let blocks = [
        Block(counter: (0x00000000, 0x00000000, 0x00000000, 0x00000000), key: 0x0000000000000000, words: [0x6627E8D5, 0xE169C58D, 0xBC57AC4C, 0x9B00DBD8]),
        Block(counter: (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF), key: 0xFFFFFFFFFFFFFFFF, words: [0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD]),
        Block(counter: (0x243F6A88, 0x85A308D3, 0x13198A2E, 0x03707344), key: 0x299F31D0A4093822, words: [0xD16CFE09, 0x94FDCCEB, 0x5001E420, 0x24126EA1]),
        Block(counter: (0x00000001, 0x00000000, 0x00000000, 0x00000000), key: 0x0000000000000000, words: [0xF8E4CCA4, 0x5CB200DB, 0xB1A574EB, 0x097EFF67]),
        Block(counter: (0x00000000, 0x00000000, 0x00000001, 0x00000000), key: 0x0000000000000001, words: [0x07071C12, 0x428264B6, 0x3909104B, 0x6DA2BDA2]),
        Block(counter: (0x00000000, 0x00000000, 0x00000000, 0x80000000), key: 0x8000000000000000, words: [0xF7A0B371, 0xE51DC93D, 0x56CE135D, 0x1D4B5580]),
        Block(counter: (0x00003039, 0x00000000, 0x00000043, 0x00000059), key: 0x0123456789ABCDEF, words: [0xF9C0DB66, 0x0AFD47A5, 0x026D3C87, 0x48A12314]),
    ]

    /// Three blocks from counters about to carry: into the second word, into
    /// the replication word, into the last word, and all the way round to 0.
    static let carries = [
        Block(counter: (0xFFFFFFFF, 0x00000000, 0x00000000, 0x00000000), key: 0x0000000000000007, words: [0xCA2833CA, 0x1D45172E, 0x0BD28410, 0x60BAEEEC, 0x2EC4F55D, 0x249EF5F4, 0xF681EC7F, 0x807A6601, 0x3CBE7593, 0x21951225, 0x66BA2E25, 0x5159B36A]),
        Block(counter: (0xFFFFFFFF, 0xFFFFFFFF, 0x00000000, 0x00000005), key: 0x0000000000000007, words: [0xDF47E62E, 0x912658B8, 0x5383EAD2, 0x5C740E3A, 0x556897CC, 0x3FCE1E87, 0x1FAF2406, 0x6DD028ED, 0x87C602BF, 0x10E5DA49, 0x3ABA5F81, 0x17BD0590]),
        Block(counter: (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0x00000000), key: 0xFFFFFFFF00000000, words: [0x47B16B34, 0x620836A6, 0x89FE297B, 0x79C9B3A5, 0x5C4ECD0C, 0x64C12CF9, 0x8F9FB4C8, 0x40C4A01F, 0x4EB72D1C, 0x1816D024, 0xEFFEFCBA, 0x79F9BA65]),
        Block(counter: (0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF), key: 0xFFFFFFFFFFFFFFFF, words: [0x408F276D, 0x41C83B0E, 0xA20BC7C6, 0x6D5451FD, 0x72A47709, 0x15474739, 0x9F41B01F, 0x22799A5A, 0x19FED511, 0x4B67E034, 0x9D2C02E2, 0x9FE857B4]),
    ]

    /// A word through GSL: `get_double` is the word / 2³², exact in a double.
    static func words(_ stream: RandomStream, _ count: Int) -> [UInt32] {
        (0..<count).map { _ in UInt32(stream.uniform() * 4_294_967_296) }
    }

    @Test(arguments: blocks)
    func blockFunction(_ block: Block) {
        let counter = [block.counter.0, block.counter.1, block.counter.2, block.counter.3]
        let key = [UInt32(truncatingIfNeeded: block.key), UInt32(truncatingIfNeeded: block.key >> 32)]
        var output = [UInt32](repeating: 0, count: 4)
        demarche_philox4x32_block(counter, key, &output)
        #expect(output == block.words)
    }

    @Test(arguments: blocks + carries)
    func streamThroughGSL(_ block: Block) {
        let stream = RandomStream(philoxKey: block.key, counter: block.counter)
        #expect(Self.words(stream, block.words.count) == block.words)
    }

    /// `gsl_rng_set` takes the seed as the key and starts at counter 0;
    /// reseeding restarts there.
    @Test func seedIsTheKey() {
        let key: UInt64 = 0x0123_4567_89AB_CDEF
        let stream = RandomStream(seed: key, algorithm: .philox4x32)
        let expected = Self.words(RandomStream(philoxKey: key, counter: (0, 0, 0, 0)), 9)
        #expect(Self.words(stream, 9) == expected)
        stream.reseed(key)
        #expect(Self.words(stream, 9) == expected)
    }
}

import DemarcheRandom
import Testing

/// How replications' streams are positioned on Philox4x32-10 (``StreamKey``):
/// pinned against `Reference/philox_reference.py`, which derives the keys by
/// an independent transcription and draws from `randomgen`.
@Suite struct PhiloxStreamTests {
    struct StreamCase: Sendable, CustomTestStringConvertible {
        let master: UInt64
        let variant: UInt64
        let replication: UInt32
        let stream: String
        let key: UInt64
        let tag: UInt32
        let words: [UInt32]
        var testDescription: String { "\(master)/\(variant)/\(replication)/\(stream)" }
    }

    static let cases = [
        StreamCase(master: 0x1, variant: 0x0, replication: 0x0, stream: "decisions", key: 0xFFC4666BAA790BB3, tag: 0x2ABA2609, words: [0x69497470, 0x8285B5CF, 0xB9502E5B, 0x559D17CA, 0x6EE78509, 0x4DA5BC1F]),
        StreamCase(master: 0x1, variant: 0x0, replication: 0x1, stream: "decisions", key: 0xFFC4666BAA790BB3, tag: 0x2ABA2609, words: [0x76A5412E, 0x0AD50BFA, 0xE71C2C74, 0x70EBA0A6, 0x75B0A348, 0x01AD1489]),
        StreamCase(master: 0x2, variant: 0x0, replication: 0x0, stream: "decisions", key: 0xB4004D2B15263BCB, tag: 0x2ABA2609, words: [0x84C03868, 0xFCDC70FE, 0xC62E2A8B, 0x646C2052, 0x511DE130, 0x9701F3BF]),
        StreamCase(master: 0x1, variant: 0x7, replication: 0x0, stream: "decisions", key: 0x9F0A8D37F0C91B5C, tag: 0x2ABA2609, words: [0xE1C4D18C, 0xA1243253, 0x4047B4F5, 0xC3099B38, 0xAF0546D3, 0xC483A132]),
        StreamCase(master: 0x1, variant: 0x0, replication: 0x0, stream: "courts", key: 0xF4131F8DF79353A7, tag: 0x729BCD14, words: [0x0F5A110E, 0xB016758F, 0x86F488B1, 0x5519718C, 0x3F7C1C26, 0xA79FAA15]),
        StreamCase(master: 0xFFFFFFFFFFFFFFFF, variant: 0xFFFFFFFFFFFFFFFF, replication: 0xFFFFFFFF, stream: "decisions", key: 0x4D3ADC80BF00E57C, tag: 0x2ABA2609, words: [0xD52E723F, 0xB8E26283, 0xA14C7ED7, 0xB6C0C112, 0xC876ADBC, 0x14B038CC]),
    ]

    @Test(arguments: cases)
    func keysAndFirstWordsArePinned(_ c: StreamCase) {
        let key = StreamKey(master: c.master, variant: c.variant, stream: StreamID(c.stream))
        #expect(key.key == c.key && key.tag == c.tag)
        #expect(PhiloxKnownAnswerTests.words(RandomStream(key, replication: c.replication), 6) == c.words)
        let streams = ReplicationStreams(masterSeed: c.master, variant: c.variant, replication: c.replication)
        #expect(streams.algorithm == .philox4x32)
        #expect(PhiloxKnownAnswerTests.words(streams.stream(StreamID(c.stream)), 6) == c.words)
    }

    /// Distinct (variant, replication, stream) triples of one master seed
    /// start at distinct (key, replication word, tag), and a stream's draws
    /// move only the counter's first two words: no two of them ever share a
    /// counter under one key, so their streams cannot overlap.
    @Test(arguments: [UInt64(0), 1, 20_201_103])
    func triplesNeverShareACounter(_ master: UInt64) {
        let names = ["parameters", "campaigns", "threats", "decisions", "ends", "exclusions", "orders", "courts",
                     "shocks", "triggers", "countermeasures", "escalations", "design-lhs"] + (0..<50).map { "stream-\($0)" }
        var starts = Set<[UInt64]>()
        var tags = Set<UInt32>()
        for name in names {
            let id = StreamID(name)
            tags.insert(StreamKey(master: master, stream: id).tag)
            for variant in UInt64(0)..<32 {
                let key = StreamKey(master: master, variant: variant, stream: id)
                for replication in UInt64(0)..<32 { starts.insert([key.key, replication, UInt64(key.tag)]) }
            }
        }
        #expect(tags.count == names.count)
        #expect(starts.count == names.count * 32 * 32)
    }

    /// The same, observed: the first 1,024 blocks of 3 streams × 4 variants ×
    /// 16 replications are all distinct (a shared counter under one key would
    /// repeat a block; distinct 128-bit blocks collide with probability ~2⁻⁹⁰).
    @Test func drawnBlocksAreDistinct() {
        var blocks = Set<[UInt32]>()
        var total = 0
        for name in ["decisions", "orders", "courts"] {
            for variant in UInt64(0)..<4 {
                let streams = ReplicationStreams(masterSeed: 9, variant: variant, replication: 0)
                for replication in UInt32(0)..<16 {
                    streams.reset(toReplication: replication)
                    let words = PhiloxKnownAnswerTests.words(streams.stream(StreamID(name)), 4 * 1024)
                    for block in stride(from: 0, to: words.count, by: 4) { blocks.insert(Array(words[block..<block + 4])) }
                    total += 1024
                }
            }
        }
        #expect(blocks.count == total)
    }

    /// Neighbouring replications, and neighbouring streams of one
    /// replication, draw uncorrelated uniforms (|r| < 4/√n).
    @Test func neighboursAreUncorrelated() {
        let n = 20_000
        func draws(_ stream: String, _ replication: UInt32) -> [Double] {
            let source = RandomStream(StreamKey(master: 1, stream: StreamID(stream)), replication: replication)
            return (0..<n).map { _ in source.uniform() - 0.5 }
        }
        func correlation(_ x: [Double], _ y: [Double]) -> Double { zip(x, y).map(*).reduce(0, +) / (Double(n) / 12) }
        for replication in UInt32(0)..<10 {
            let r = correlation(draws("decisions", replication), draws("decisions", replication + 1))
            #expect(abs(r) < 4 / Double(n).squareRoot(), "replications \(replication), \(replication + 1): r = \(r)")
            let s = correlation(draws("decisions", replication), draws("ends", replication))
            #expect(abs(s) < 4 / Double(n).squareRoot(), "decisions and ends in \(replication): r = \(s)")
        }
    }
}

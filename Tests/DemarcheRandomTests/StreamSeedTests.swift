import DemarcheRandom
import Testing

@Suite struct StreamSeedTests {
    let decisions = StreamID("decisions")

    /// Seed derivation is part of the reproducibility contract: these values
    /// must never change, or every committed report would move. The values were
    /// computed by an independent Python transcription of SplitMix64, FNV-1a
    /// and MurmurHash3's finaliser.
    @Test func derivationIsPinned() {
        #expect([529_860_821, 2_030_318_648, 4_275_641_389, 1_807_621_006, 558_414_546] == [
            StreamSeed(master: 1, variant: 0, replication: 0, stream: decisions).value,
            StreamSeed(master: 1, variant: 0, replication: 1, stream: decisions).value,
            StreamSeed(master: 2, variant: 0, replication: 0, stream: decisions).value,
            StreamSeed(master: 1, variant: 7, replication: 0, stream: decisions).value,
            StreamSeed(master: 1, variant: 0, replication: 0, stream: StreamID("courts")).value,
        ])
    }

    @Test func seedsStayInRange() {
        for replication in UInt32(0)..<10_000 {
            let value = StreamSeed(master: 99, replication: replication, stream: decisions).value
            #expect(value >= 1)
        }
        #expect(StreamSeed(master: .max, variant: .max, replication: .max, stream: decisions).value >= 1)
    }

    /// Replications of one stream never share a generator seed.
    @Test(arguments: [UInt64(0), 1, 20_201_103])
    func replicationsGetDistinctSeeds(_ master: UInt64) {
        var seen = Set<UInt32>(minimumCapacity: 1_000_000)
        for replication in UInt32(0)..<1_000_000 {
            seen.insert(StreamSeed(master: master, replication: replication, stream: decisions).value)
        }
        #expect(seen.count == 1_000_000)
    }

    /// Streams of one replication, and variants, never share a seed in a
    /// realistic design: 64 variants × 500 streams.
    @Test func streamsAndVariantsGetDistinctSeeds() {
        var seen = Set<UInt32>()
        for variant in UInt64(0)..<64 {
            for name in 0..<500 {
                seen.insert(StreamSeed(master: 5, variant: variant, replication: 3, stream: StreamID("stream-\(name)")).value)
            }
        }
        #expect(seen.count == 64 * 500)
    }

    /// Neighbouring replications draw uncorrelated uniforms (|r| < 4/√n).
    @Test func neighbouringReplicationsAreUncorrelated() {
        let n = 20_000
        for replication in UInt32(0)..<20 {
            let a = RandomStream(StreamSeed(master: 1, replication: replication, stream: decisions))
            let b = RandomStream(StreamSeed(master: 1, replication: replication + 1, stream: decisions))
            let x = (0..<n).map { _ in a.uniform() - 0.5 }
            let y = (0..<n).map { _ in b.uniform() - 0.5 }
            let r = zip(x, y).map(*).reduce(0, +) / (Double(n) / 12)
            #expect(abs(r) < 4 / Double(n).squareRoot(), "replication \(replication): r = \(r)")
        }
    }

    @Test func namedStreamsDoNotDependOnOrderOfUse() {
        let first = ReplicationStreams(masterSeed: 8, replication: 2)
        let courts1 = first.stream(StreamID("courts")).uniform()
        let second = ReplicationStreams(masterSeed: 8, replication: 2)
        _ = (0..<50).map { _ in second.stream(StreamID("decisions")).uniform() }
        #expect(second.stream(StreamID("courts")).uniform() == courts1)
        #expect(first.stream(StreamID("courts")) === first.stream(StreamID("courts")))
    }
}

@Suite struct ReplicationStreamsResetTests {
    /// Resetting reuses generators but yields exactly the fresh streams' draws.
    @Test(arguments: RandomGenerator.allCases)
    func resetMatchesFreshStreams(_ generator: RandomGenerator) {
        let reused = ReplicationStreams(masterSeed: 4, variant: 2, replication: 0, algorithm: generator)
        for replication in UInt32(0)..<20 {
            reused.reset(toReplication: replication)
            let fresh = ReplicationStreams(masterSeed: 4, variant: 2, replication: replication, algorithm: generator)
            for name in ["a", "b", "decisions"] {
                let draws = (0..<5).map { _ in reused.stream(StreamID(name)).uniform() }
                #expect(draws == (0..<5).map { _ in fresh.stream(StreamID(name)).uniform() }, "replication \(replication) \(name)")
            }
        }
    }
}

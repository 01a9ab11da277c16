import DemarcheExperiment
import Testing

@Suite struct ShardTests {
    @Test func explicitShards() throws {
        let shard = try Shard(parsing: "3/8", environment: [:])
        #expect(shard.index == 3 && shard.count == 8)
        #expect((0..<24).filter(shard.owns) == [2, 10, 18])
        for bad in ["0/8", "9/8", "3/0", "3", "a/b", "3/8/1", ""] {
            #expect(throws: Shard.Failure.self, "\(bad)") { try Shard(parsing: bad, environment: [:]) }
        }
    }

    /// Every item belongs to exactly one of N shards, for many N.
    @Test(arguments: [1, 2, 3, 7, 64, 1000])
    func shardsPartitionTheWork(count: Int) throws {
        let shards = try (1...count).map { try Shard(index: $0, count: count) }
        for item in 0..<500 { #expect(shards.count { $0.owns(item) } == 1) }
    }

    @Test func automaticShardsFromTheBatchSystem() throws {
        let slurm1 = try Shard(parsing: "auto", environment: ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"])
        #expect(slurm1 == (try Shard(index: 4, count: 4)))
        let slurm0 = try Shard(parsing: "auto", environment: ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "0"])
        #expect(slurm0 == (try Shard(index: 1, count: 4)))
        let kubernetes = try Shard(parsing: "auto", environment: ["JOB_COMPLETION_INDEX": "5", "SHARD_COUNT": "6"])
        #expect(kubernetes == (try Shard(index: 6, count: 6)))
        #expect(throws: Shard.Failure.self) { try Shard(parsing: "auto", environment: ["JOB_COMPLETION_INDEX": "6", "SHARD_COUNT": "6"]) }
        #expect(throws: Shard.Failure.self) { try Shard(parsing: "auto", environment: [:]) }
    }
}

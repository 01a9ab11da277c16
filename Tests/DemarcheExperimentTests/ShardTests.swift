import DemarcheExperiment
import Foundation
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

    /// Variables from the environment are input: garbage, Int.max or a
    /// stepped array is refused naming the variable, never trapped on or
    /// passed over to the next batch system's variables.
    @Test(arguments: [
        (["SLURM_ARRAY_TASK_ID": "9223372036854775807", "SLURM_ARRAY_TASK_COUNT": "4"], "SLURM_ARRAY_TASK_ID='9223372036854775807' is not a whole number"),
        (["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "-9223372036854775808"],
         "SLURM_ARRAY_TASK_MIN='-9223372036854775808' is not a whole number"),
        (["SLURM_ARRAY_TASK_ID": "abc", "SLURM_ARRAY_TASK_COUNT": "4", "JOB_COMPLETION_INDEX": "0", "SHARD_COUNT": "2"],
         "SLURM_ARRAY_TASK_ID='abc' is not a whole number"),
        (["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": ""], "SLURM_ARRAY_TASK_COUNT='' is not a whole number"),
        (["SLURM_ARRAY_TASK_ID": "2"], "SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not"),
        (["SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_STEP": "2", "SLURM_ARRAY_TASK_MIN": "1"],
         "SLURM_ARRAY_TASK_STEP=2"),
        (["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"], "SLURM_ARRAY_TASK_ID=0 is not among the 4 tasks"),
        (["JOB_COMPLETION_INDEX": "9223372036854775807", "SHARD_COUNT": "4"], "JOB_COMPLETION_INDEX='9223372036854775807' is not a whole number"),
        (["JOB_COMPLETION_INDEX": "-1", "SHARD_COUNT": "4"], "JOB_COMPLETION_INDEX='-1' is not a whole number"),
        (["JOB_COMPLETION_INDEX": "1", "SHARD_COUNT": "1e3"], "SHARD_COUNT='1e3' is not a whole number"),
    ])
    func hostileEnvironmentsAreRefusedByName(environment: [String: String], message: String) {
        do {
            let shard = try Shard(parsing: "auto", environment: environment)
            Issue.record("accepted as shard \(shard)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    /// A decoded shard (from a part file or journal) is checked like a given one.
    @Test func decodedShardsAreChecked() throws {
        let decoder = JSONDecoder()
        #expect(try decoder.decode(Shard.self, from: Data(#"{"index":2,"count":3}"#.utf8)) == Shard(index: 2, count: 3))
        #expect(throws: DecodingError.self) { try decoder.decode(Shard.self, from: Data(#"{"index":1,"count":0}"#.utf8)) }
    }
}

import Foundation

/// Which slice of a sweep's work this process runs: shard `index` of
/// `count` (1-based, as `--shard 3/8`) takes work items index−1, index−1+count, …
public struct Shard: Codable, Equatable, Sendable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public init(index: Int, count: Int) throws(Failure) {
        guard count >= 1, (1...count).contains(index) else {
            throw Failure(description: "--shard \(index)/\(count): expected K/N with 1 ≤ K ≤ N")
        }
        self.index = index
        self.count = count
    }

    /// `K/N`, or `auto`: from SLURM_ARRAY_TASK_ID / SLURM_ARRAY_TASK_COUNT
    /// (task ids 0-based or 1-based, as the array was declared, via
    /// SLURM_ARRAY_TASK_MIN) or JOB_COMPLETION_INDEX with SHARD_COUNT (a
    /// Kubernetes Indexed Job, 0-based).
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) {
        if text == "auto" {
            if let id = environment["SLURM_ARRAY_TASK_ID"].flatMap(Int.init),
                let count = environment["SLURM_ARRAY_TASK_COUNT"].flatMap(Int.init) {
                let minimum = environment["SLURM_ARRAY_TASK_MIN"].flatMap(Int.init) ?? 0
                try self.init(index: id - minimum + 1, count: count)
            } else if let id = environment["JOB_COMPLETION_INDEX"].flatMap(Int.init),
                let count = environment["SHARD_COUNT"].flatMap(Int.init) {
                try self.init(index: id + 1, count: count)
            } else {
                throw Failure(description: "--shard auto: set SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (Slurm) or JOB_COMPLETION_INDEX and SHARD_COUNT (Kubernetes)")
            }
            return
        }
        let parts = text.split(separator: "/")
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw Failure(description: "--shard \(text): expected K/N (e.g. 3/8) or auto")
        }
        try self.init(index: index, count: count)
    }

    public func owns(_ item: Int) -> Bool { item % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}

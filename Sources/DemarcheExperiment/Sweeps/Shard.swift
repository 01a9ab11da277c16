import Foundation

/// Which slice of a sweep's work this process runs: shard `index` of
/// `count` (1-based, as `--shard 3/8`) takes work items index−1, index−1+count, …
public struct Shard: Codable, Equatable, Sendable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    /// The most task ids and counts taken from the environment (Slurm's own
    /// MaxArraySize is at most 4,000,001).
    public static let maximumFromEnvironment = 4_000_001

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
    /// SLURM_ARRAY_TASK_MIN; a step other than 1 is refused) or
    /// JOB_COMPLETION_INDEX with SHARD_COUNT (a Kubernetes Indexed Job,
    /// 0-based). A variable that is set must be a whole number in
    /// 0…``maximumFromEnvironment``; an error names it.
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) {
        if text == "auto" {
            try self.init(environment: environment)
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw Failure(description: "--shard \(text): expected K/N (e.g. 3/8) or auto")
        }
        try self.init(index: index, count: count)
    }

    private init(environment: [String: String]) throws(Failure) {
        func number(_ name: String) throws(Failure) -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)), (0...Self.maximumFromEnvironment).contains(value) else {
                throw Failure(description: "--shard auto: \(name)='\(text)' is not a whole number in 0…\(Self.maximumFromEnvironment)")
            }
            return value
        }
        func required(_ name: String, with other: String) throws(Failure) -> Int {
            guard let value = try number(name) else { throw Failure(description: "--shard auto: \(other) is set but \(name) is not") }
            return value
        }
        if let id = try number("SLURM_ARRAY_TASK_ID") {
            let count = try required("SLURM_ARRAY_TASK_COUNT", with: "SLURM_ARRAY_TASK_ID")
            let minimum = try number("SLURM_ARRAY_TASK_MIN") ?? 0
            if let step = try number("SLURM_ARRAY_TASK_STEP"), step != 1 {
                throw Failure(description: "--shard auto: SLURM_ARRAY_TASK_STEP=\(step); declare the array without a step (e.g. --array=1-\(count))")
            }
            guard id >= minimum, id - minimum < count else {
                throw Failure(description: "--shard auto: SLURM_ARRAY_TASK_ID=\(id) is not among the \(count) tasks from SLURM_ARRAY_TASK_MIN=\(minimum)")
            }
            try self.init(index: id - minimum + 1, count: count)
        } else if let id = try number("JOB_COMPLETION_INDEX") {
            let count = try required("SHARD_COUNT", with: "JOB_COMPLETION_INDEX")
            guard id < count else {
                throw Failure(description: "--shard auto: JOB_COMPLETION_INDEX=\(id) is not below SHARD_COUNT=\(count)")
            }
            try self.init(index: id + 1, count: count)
        } else {
            throw Failure(description: "--shard auto: set SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (Slurm) or JOB_COMPLETION_INDEX and SHARD_COUNT (Kubernetes)")
        }
    }

    /// Decoded shards are checked like given ones (a count of 0 would divide by zero).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let index = try container.decode(Int.self, forKey: .index)
        let count = try container.decode(Int.self, forKey: .count)
        do {
            try self.init(index: index, count: count)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .count, in: container, debugDescription: error.description)
        }
    }

    public func owns(_ item: Int) -> Bool { item % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}

import DemarcheRandom

/// How many replications to run, from which seed, on how many cores.
public struct RunConfiguration: Sendable {
    /// Replications (the maximum, with `untilPrecision`).
    public var runs: Int
    public var seed: UInt64
    /// Concurrent workers; results do not depend on it.
    public var jobs: Int
    /// Stop once the widest 95% CI half-width of the outcome probabilities
    /// is at most this (checked after each batch of `batchSize` runs).
    public var untilPrecision: Double?
    /// The generator of every replication's streams.
    public var generator: RandomGenerator
    /// Replications 0..<`inputRuns` keep the values of their drawn
    /// parameters (``RunResult/drawnInputs``), for a drivers analysis.
    public var inputRuns = 0

    /// Replications per unit of work; fixed, so results do not depend on `jobs`.
    public static let chunkSize = 250
    /// Replications between precision checks.
    public static let batchSize = 4000

    /// Workers that have a chunk to run: at most `jobs`, at most one per chunk.
    public static func workers(jobs: Int, runs: Int) -> Int {
        max(1, min(jobs, runs / chunkSize + (runs % chunkSize == 0 ? 0 : 1)))
    }

    public init(runs: Int, seed: UInt64, jobs: Int, untilPrecision: Double? = nil,
                generator: RandomGenerator = .replicationDefault) {
        self.runs = runs
        self.seed = seed
        self.jobs = jobs
        self.untilPrecision = untilPrecision
        self.generator = generator
    }
}

/// Runs each benchmark `rounds` times on Demarche and on every baseline,
/// interleaved round by round (these machines are noisy: a slow spell then
/// hits every implementation alike), and summarises by the median.
public struct BenchmarkSession: Sendable {
    public let benchmarks: [KernelBenchmark]
    public let scenarios: [ScenarioBenchmark]
    public let baselines: [ExternalBaseline]
    public let seed: UInt64
    public let rounds: Int

    public init(
        benchmarks: [KernelBenchmark], scenarios: [ScenarioBenchmark] = [], baselines: [ExternalBaseline],
        seed: UInt64, rounds: Int
    ) {
        self.benchmarks = benchmarks
        self.scenarios = scenarios
        self.baselines = baselines
        self.seed = seed
        self.rounds = rounds
    }

    public func run() throws -> [BenchmarkSummary] {
        try runKernelBenchmarks() + scenarios.map { scenario in
            let samples = try (0..<rounds).map { _ in try scenario.run(seed: seed) }
            return BenchmarkSummary(samples: samples, demarcheEventsPerSecond: BenchmarkSummary.medianEventsPerSecond(samples))
        }
    }

    func runKernelBenchmarks() throws(BenchmarkError) -> [BenchmarkSummary] {
        var samples: [[BenchmarkMeasurement]] = Array(repeating: [], count: benchmarks.count * (1 + baselines.count))
        for _ in 0..<rounds {
            for (b, benchmark) in benchmarks.enumerated() {
                samples[b * (1 + baselines.count)].append(benchmark.run(seed: seed))
                for (i, baseline) in baselines.enumerated() {
                    samples[b * (1 + baselines.count) + 1 + i].append(try baseline.run(benchmark, seed: seed))
                }
            }
        }
        return benchmarks.indices.flatMap { b in
            let group = samples[(b * (1 + baselines.count))..<((b + 1) * (1 + baselines.count))]
            let ours = BenchmarkSummary.medianEventsPerSecond(group[group.startIndex])
            return group.map { BenchmarkSummary(samples: $0, demarcheEventsPerSecond: ours) }
        }
    }
}

/// The figures of one implementation on one benchmark over all rounds.
public struct BenchmarkSummary: Codable, Sendable {
    public let implementation: String
    public let benchmark: String
    public let seed: UInt64
    public let rounds: Int
    public let engineEvents: Int
    public let modelUnits: Int
    public let unit: String
    public let meanWait: Double?
    public let analyticWait: Double?
    /// Median over rounds of events per second.
    public let medianEventsPerSecond: Double
    public let medianWallSeconds: Double
    /// This implementation's median events/s divided by Demarche's.
    public let relativeToDemarche: Double

    init(samples: [BenchmarkMeasurement], demarcheEventsPerSecond: Double) {
        let first = samples[0]
        implementation = first.implementation
        benchmark = first.benchmark
        seed = first.seed
        rounds = samples.count
        engineEvents = first.engineEvents
        modelUnits = first.modelUnits
        unit = first.unit
        meanWait = first.meanWait
        analyticWait = first.analyticWait
        medianEventsPerSecond = Self.medianEventsPerSecond(samples)
        medianWallSeconds = Self.median(samples.map(\.wallSeconds))
        relativeToDemarche = medianEventsPerSecond / demarcheEventsPerSecond
    }

    static func medianEventsPerSecond(_ samples: [BenchmarkMeasurement]) -> Double {
        median(samples.map(\.eventsPerSecond))
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

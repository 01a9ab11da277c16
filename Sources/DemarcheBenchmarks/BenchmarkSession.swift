/// Runs each benchmark `rounds` times on Demarche and on every baseline,
/// interleaved round by round (these machines are noisy: a slow spell then
/// hits every implementation alike), and summarises by the median.
public struct BenchmarkSession: Sendable {
    public let benchmarks: [KernelBenchmark]
    public let scenarios: [ScenarioBenchmark]
    public let baselines: [ExternalBaseline]
    /// A hand-written model of the first scenario (SimPy), and how many
    /// replications it runs per round.
    public let scenarioBaseline: (baseline: ExternalBaseline, replications: Int)?
    public let seed: UInt64
    public let rounds: Int

    public init(
        benchmarks: [KernelBenchmark], scenarios: [ScenarioBenchmark] = [], baselines: [ExternalBaseline],
        scenarioBaseline: (baseline: ExternalBaseline, replications: Int)? = nil, seed: UInt64, rounds: Int
    ) {
        self.benchmarks = benchmarks
        self.scenarios = scenarios
        self.baselines = baselines
        self.scenarioBaseline = scenarioBaseline
        self.seed = seed
        self.rounds = rounds
    }

    public func run() throws -> [BenchmarkSummary] {
        try runKernelBenchmarks() + scenarios.indices.flatMap(runScenario)
    }

    /// Scenario rows compare time per replication: "vs demarche" is the
    /// baseline's replications per second over Demarche's.
    func runScenario(_ index: Int) throws -> [BenchmarkSummary] {
        let baseline = index == 0 ? scenarioBaseline : nil
        var ours: [BenchmarkMeasurement] = []
        var theirs: [BenchmarkMeasurement] = []
        for _ in 0..<rounds {
            ours.append(try scenarios[index].run(seed: seed))
            if let baseline { theirs.append(try baseline.baseline.run(scenarioReplications: baseline.replications, seed: seed)) }
        }
        let reference = BenchmarkSummary.median(ours.map(\.unitsPerSecond))
        return [ours, theirs].filter { !$0.isEmpty }.map { BenchmarkSummary(samples: $0, demarcheUnitsPerSecond: reference) }
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
    /// This implementation's median events/s divided by Demarche's (for a
    /// scenario: its replications per second divided by Demarche's).
    public private(set) var relativeToDemarche: Double
    /// Median over rounds of wall seconds per model unit (per replication).
    public let medianSecondsPerUnit: Double

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
        medianSecondsPerUnit = Self.median(samples.map { $0.wallSeconds / Double(max($0.modelUnits, 1)) })
    }

    /// A scenario row: relative to Demarche's replications per second.
    init(samples: [BenchmarkMeasurement], demarcheUnitsPerSecond: Double) {
        self.init(samples: samples, demarcheEventsPerSecond: 1)
        relativeToDemarche = Self.median(samples.map(\.unitsPerSecond)) / demarcheUnitsPerSecond
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

import DemarcheModel
import DemarcheRandom

/// Whole-scenario throughput: `replications` replications of a model run one
/// after another on one core, model logic included, reusing the replication
/// and its random streams as a runner does.
public struct ScenarioBenchmark: Sendable {
    public let name: String
    public let model: Model
    public let replications: Int
    public let generator: RandomGenerator

    public init(name: String, model: Model, replications: Int, generator: RandomGenerator = .replicationDefault) {
        self.name = name
        self.model = model
        self.replications = replications
        self.generator = generator
    }

    public func run(seed: UInt64) throws(ModelError) -> BenchmarkMeasurement {
        let clock = ContinuousClock()
        let start = clock.now
        let plan = ReplicationPlan(model)
        let streams = ReplicationStreams(masterSeed: seed, replication: 0, algorithm: generator)
        var run = Replication(plan: plan, streams: streams)
        var events = 0
        for replication in 0..<replications {
            streams.reset(toReplication: UInt32(replication))
            events += try run.run().events
        }
        return BenchmarkMeasurement(
            implementation: "demarche", benchmark: "scenario \(name)", seed: seed,
            wallSeconds: (clock.now - start).seconds, engineEvents: events, modelUnits: replications,
            unit: "replications", meanWait: nil, analyticWait: nil)
    }
}

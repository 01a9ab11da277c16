import ArgumentParser
import DemarcheExperiment
import DemarcheModel
import DemarcheRandom
import DemarcheReport
import DemarcheScenario

/// `demarche trace`: one replication as a dated timeline.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run one replication of a scenario and print its dated timeline.")

    @Argument(help: "Scenario file.")
    var file: String

    @Option(help: "Master seed.")
    var seed: UInt64 = 1

    @Option(help: "Replication number (0-based) under that seed.")
    var replication: UInt32 = 0

    @Option(name: .customLong("set"), help: "Override a numeric parameter, e.g. actors.germany.opposition=0.7.")
    var overrides: [String] = []

    @Option(help: "Random number generator of every stream (as `run --generator`).")
    var generator: RandomGenerator = .replicationDefault

    func run() throws {
        let scenario = try ScenarioLoader.load(contentsOf: file, overrides: try overrides.map(ParameterOverride.init(parsing:)))
        printWarnings(scenario)
        let streams = ReplicationStreams(masterSeed: seed, replication: replication, algorithm: generator)
        var run = Replication(model: scenario.model, streams: streams, trace: true)
        let result: ReplicationResult
        do {
            result = try run.run()
        } catch {
            throw RunError.replicationFailed(replication: Int(replication), error)
        }
        print("# \(scenario.model.name) — seed \(seed), replication \(replication), \(generator.rawValue) streams\n")
        print(TraceTable.markdown(result.trace, model: scenario.model))
        print("Outcomes:\n" + TraceTable.outcomeLines(result.outcomes, model: scenario.model), terminator: "")
    }
}

import ArgumentParser
import DemarcheBuildInfo

@main
struct Demarche: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demarche",
        abstract: "Monte Carlo simulation of coercive technology diplomacy.",
        version: "demarche \(BuildInfo.description)",
        subcommands: [Run.self, Compare.self, Calibrate.self, BacktestCommand.self, Score.self, Sweep.self, Merge.self, Emit.self, Validate.self, Inspect.self, Trace.self, SchemaCommand.self, Bench.self]
    )
}

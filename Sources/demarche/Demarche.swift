import ArgumentParser

@main
struct Demarche: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demarche",
        abstract: "Monte Carlo simulation of coercive technology diplomacy.",
        version: "0.1.0",
        subcommands: [Validate.self, Trace.self, SchemaCommand.self, Bench.self]
    )
}

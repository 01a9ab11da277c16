import ArgumentParser
import DemarcheReport
import DemarcheScenario

/// `demarche inspect`: a scenario's outcomes, settable parameters and events.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List a scenario's outcomes, its parameter paths (with values and sources) and its event names.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

    @Argument(help: "Scenario file.")
    var file: String

    @Option(name: .customLong("set"), help: "Override a numeric parameter first, e.g. actors.germany.opposition=0.7.")
    var overrides: [String] = []

    @Option(name: [.short, .long], help: "Output format.")
    var format: Format = .md

    func run() throws {
        let scenario = try ScenarioLoader.load(contentsOf: file, overrides: try overrides.map(ParameterOverride.init(parsing:)))
        let inventory = ScenarioInventory(scenario.model)
        print(format == .md ? inventory.markdown() : try inventory.json(), terminator: "")
    }
}

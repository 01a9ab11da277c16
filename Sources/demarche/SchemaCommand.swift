import ArgumentParser
import DemarcheScenario

/// `demarche schema`: the JSON Schema of scenario or reference-class files, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema of scenario, reference-class or resolutions files.")

    @Argument(help: "Which format: scenario, reference or resolutions.")
    var document: ScenarioSchema.Document = .scenario

    func run() { print(ScenarioSchema.json(document), terminator: "") }
}

extension ScenarioSchema.Document: ExpressibleByArgument {}

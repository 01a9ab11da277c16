import ArgumentParser
import DemarcheScenario

/// `demarche schema`: the JSON Schema of scenario or reference-class files, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema of scenario files (or of reference-class files).")

    @Argument(help: "Which format: scenario or reference.")
    var document: ScenarioSchema.Document = .scenario

    func run() { print(ScenarioSchema.json(document), terminator: "") }
}

extension ScenarioSchema.Document: ExpressibleByArgument {}

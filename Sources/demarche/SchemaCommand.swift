import ArgumentParser
import DemarcheScenario

/// `demarche schema`: the JSON Schema of scenario files, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema of scenario files.")

    func run() { print(ScenarioSchema.json(), terminator: "") }
}

import ArgumentParser
import DemarcheExperiment
import DemarcheScenario

/// `demarche schema`: the JSON Schema (draft-07) of a file format, for editors.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema", abstract: "Print the JSON Schema of scenario, sweep, resolutions or reference-class files.",
        discussion: "Editors with the YAML language server (VS Code's YAML extension) validate and complete a file against it: "
            + "put '# yaml-language-server: $schema=PATH' on the file's first line, or map files to it in 'yaml.schemas'. "
            + "The bundled schemas are in Scenarios/schemas/.")

    @Option(name: .customLong("for"), help: ArgumentHelp("Which file format (default: scenario).", valueName: "format"))
    var format: ScenarioSchema.Document?

    @Argument(help: ArgumentHelp("The same as --for.", valueName: "format"))
    var document: ScenarioSchema.Document?

    @Option(name: [.short, .long], help: "Write the schema to this file instead of standard output.")
    var out: String?

    func validate() throws {
        if let format, let document, format != document {
            throw ValidationError("--for \(format.rawValue) and '\(document.rawValue)' name different formats; give one")
        }
    }

    /// A schema is JSON, whatever `--out`'s extension.
    enum Format: String, CaseIterable, OutputFormat {
        case json
        static let fallback = Format.json
    }

    func run() throws {
        try OutputTarget(out: out, format: Format.json).write(ScenarioSchema.json(format ?? document ?? .scenario))
    }
}

extension ScenarioSchema.Document: ExpressibleByArgument {}

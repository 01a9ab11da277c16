import Foundation

/// The JSON Schemas (draft-07, which the YAML language server of VS Code and
/// other editors supports) of Demarche's file formats, rendered from the
/// format tables the readers check files against (``ScenarioFormat``), so
/// that an editor validates and completes what the reader accepts: keys and
/// their descriptions, numbers as numbers in the ranges the reader enforces,
/// parameter objects and every distribution with its own parameters.
///
/// Dates are strings with an ISO pattern: editors read an unquoted
/// `2020-01-01` as a string. Merge keys (`<<: *defaults`) need nothing here:
/// the language server, like the reader, merges them before checking.
public enum ScenarioSchema {
    /// The file formats with a schema.
    public enum Document: String, CaseIterable, Sendable {
        case scenario, sweep, resolutions, reference

        /// The format table the document is rendered from.
        var definitions: [String: [ScenarioFormat.Field]] {
            switch self {
            case .scenario, .sweep: ScenarioFormat.definitions
            case .reference: ScenarioFormat.referenceDefinitions
            case .resolutions: ScenarioFormat.resolutionsDefinitions
            }
        }

        /// The name of the document's root definition in the table.
        var root: String { rawValue }

        var title: String {
            switch self {
            case .scenario: "Demarche scenario, format 1"
            case .sweep: "Demarche sweep, format 1"
            case .resolutions: "Demarche resolutions, format 1"
            case .reference: "Demarche reference class, format 1"
            }
        }
    }

    static let draft = "http://json-schema.org/draft-07/schema#"

    /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
    public static func json(_ document: Document = .scenario) -> String {
        // Built from strings, numbers, booleans, arrays and dictionaries only, so serialisation cannot fail.
        let data = (try? JSONSerialization.data(withJSONObject: schema(document), options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The schema as a JSON object.
    static func schema(_ document: Document) -> [String: Any] {
        var root = object(document.definitions[document.root] ?? [])
        root["$schema"] = draft
        root["$id"] = "https://demarche.invalid/schema/\(document.rawValue)-1.json"
        root["title"] = document.title
        root["definitions"] = definitions(reachableFrom: document)
        return root
    }

    /// The definitions the document's root refers to, directly or not, by name.
    static func definitions(reachableFrom document: Document) -> [String: Any] {
        var rendered: [String: Any] = [:]
        var pending = (document.definitions[document.root] ?? []).flatMap { references($0.shape) }
        while let name = pending.popLast() {
            guard rendered[name] == nil else { continue }
            if let fields = document.definitions[name] {
                rendered[name] = object(fields)
                pending += fields.flatMap { references($0.shape) }
            } else if let special = specialDefinition(name) {
                rendered[name] = special
            }
        }
        return rendered
    }

    /// A closed object of `fields`: every key described, unknown keys refused
    /// (as the reader refuses them), required keys listed.
    static func object(_ fields: [ScenarioFormat.Field]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in fields {
            var property = shape(field.shape)
            property["description"] = field.help
            properties[field.name] = property
        }
        var result: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = fields.filter(\.required).map(\.name)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    static func reference(_ name: String) -> [String: Any] { ["$ref": "#/definitions/\(name)"] }
}

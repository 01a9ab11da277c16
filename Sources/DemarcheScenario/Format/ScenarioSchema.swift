import Foundation

/// The JSON Schema (draft 2020-12) of the scenario and reference-class
/// formats, rendered from ``ScenarioFormat`` so that editors validate and
/// complete what the reader accepts.
public enum ScenarioSchema {
    /// The file formats with a schema.
    public enum Document: String, CaseIterable, Sendable {
        case scenario, reference, resolutions

        /// The format table the document is rendered from.
        var definitions: [String: [ScenarioFormat.Field]] {
            switch self {
            case .scenario: ScenarioFormat.definitions
            case .reference: ScenarioFormat.referenceDefinitions
            case .resolutions: ScenarioFormat.resolutionsDefinitions
            }
        }
    }

    /// The schema as pretty-printed JSON with sorted keys.
    public static func json(_ document: Document = .scenario) -> String {
        let table = document.definitions
        let rootName = document.rawValue
        var definitions: [String: Any] = [:]
        for (name, fields) in table where name != rootName {
            definitions[name] = object(fields)
        }
        if document == .scenario {
            definitions["parameter_value"] = [
                "description": "A number (days for durations), '90d'-style duration, or a parameter object. Days are at most "
                    + "1,000 years (365250) however written; other numbers at most 1e9 in magnitude.",
                "oneOf": [["type": "number"], ["type": "string"], ["$ref": "#/$defs/parameter"]],
            ]
        }
        var root = object(ScenarioFormat.fields(of: rootName))
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://demarche.invalid/schema/\(rootName)-1.json"
        root["title"] = "Demarche \(rootName == "reference" ? "reference class" : rootName), format 1"
        root["$defs"] = definitions
        // Built from string and number literals only, so serialisation cannot fail.
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func object(_ fields: [ScenarioFormat.Field]) -> [String: Any] {
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

    private static func shape(_ shape: ScenarioFormat.Shape) -> [String: Any] {
        let idPattern = "^[A-Za-z0-9_-]{1,64}$"
        switch shape {
        case .string: return ["type": "string"]
        case .scalar: return ["type": ["number", "string"]]
        case .integer: return ["type": "integer"]
        case .number: return ["type": "number"]
        case .boolean: return ["type": "boolean"]
        case .date: return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .eventName: return ["type": "string", "pattern": "^[a-z]+\\.[A-Za-z0-9_.-]+$"]
        case .parameter, .delay: return ["$ref": "#/$defs/parameter_value"]
        case .id: return ["type": "string", "pattern": idPattern]
        case .ids:
            return ["oneOf": [["type": "string", "pattern": idPattern],
                              ["type": "array", "items": ["type": "string", "pattern": idPattern]]]]
        case .oneOf(let choices): return ["enum": choices]
        case .object(let name): return ["$ref": "#/$defs/\(name)"]
        case .objectOrNull(let name): return ["oneOf": [["$ref": "#/$defs/\(name)"], ["type": "null"]]]
        case .list(let item):
            let inner = Self.shape(item)
            return ["oneOf": [["type": "array", "items": inner], inner]]
        case .map(let value):
            return ["type": "object", "propertyNames": ["pattern": idPattern], "additionalProperties": Self.shape(value)]
        case .issue:
            return ["oneOf": [Self.shape(.date), ["const": "on_activation"]]]
        case .deadline:
            return ["type": "string", "description": "A duration (90d, 6w, 3mo, 1y) or a date."]
        }
    }
}

import Foundation
import Yams

/// Checks a YAML document against a JSON Schema (draft-07), for the
/// keywords `demarche schema` uses, the way an editor's YAML language server
/// does: scalars typed by the YAML 1.2 core schema (plain `1` is an integer,
/// `0.5` a number, `true` a boolean, `~` null, a quoted or other scalar a
/// string), YAML merge keys (`<<: *defaults`) resolved as the reader resolves
/// them. A keyword it does not know is a problem, so a schema that grows new
/// keywords cannot pass unchecked.
struct SchemaCheck {
    let root: [String: Any]
    private(set) var problems: [String] = []

    init(schemaJSON: String) throws {
        root = try JSONSerialization.jsonObject(with: Data(schemaJSON.utf8)) as? [String: Any] ?? [:]
    }

    /// Problems with `text` against the schema (empty: valid).
    static func problems(_ text: String, against schemaJSON: String) throws -> [String] {
        var check = try SchemaCheck(schemaJSON: schemaJSON)
        guard let node = try Yams.compose(yaml: text) else { return ["empty document"] }
        check.problems = check.errors(node, check.root, "")
        return check.problems
    }

    private static let annotations: Set<String> = ["description", "$schema", "$id", "title", "definitions", "then", "else"]

    /// Every problem with `node` under `schema` at `path`.
    func errors(_ node: Node, _ schema: [String: Any], _ path: String) -> [String] {
        let node = Self.merged(node)
        var found: [String] = []
        for (keyword, value) in schema where !Self.annotations.contains(keyword) {
            switch keyword {
            case "$ref":
                guard let name = (value as? String)?.split(separator: "/").last,
                    let target = (root["definitions"] as? [String: Any])?[String(name)] as? [String: Any] else {
                    found.append("\(path): unresolved $ref \(value)")
                    continue
                }
                found += errors(node, target, path)
            case "anyOf":
                let branches = (value as? [[String: Any]]) ?? []
                if !branches.contains(where: { errors(node, $0, path).isEmpty }) {
                    found.append("\(path): matches none of anyOf's \(branches.count) branches")
                }
            case "allOf":
                for branch in (value as? [[String: Any]]) ?? [] { found += errors(node, branch, path) }
            case "if":
                let holds = errors(node, value as? [String: Any] ?? [:], path).isEmpty
                if let branch = schema[holds ? "then" : "else"] as? [String: Any] { found += errors(node, branch, path) }
            case "minimum", "exclusiveMinimum", "maximum":
                guard ["integer", "number"].contains(Self.type(of: node)), let number = node.scalar.flatMap({ Double($0.string) }),
                    let bound = (value as? NSNumber)?.doubleValue else { continue }
                let holds = switch keyword {
                case "minimum": number >= bound
                case "exclusiveMinimum": number > bound
                default: number <= bound
                }
                if !holds { found.append("\(path): \(node.scalar?.string ?? "") is out of range (\(keyword) \(bound))") }
            case "minItems":
                if case .sequence(let sequence) = node, sequence.count < (value as? Int ?? 0) {
                    found.append("\(path): fewer than \(value) items")
                }
            case "type":
                let type = Self.type(of: node)
                let wanted = value as? [String] ?? [value as? String ?? ""]
                if !wanted.contains(where: { type == $0 || ($0 == "number" && type == "integer") }) {
                    found.append("\(path): expected \(wanted.joined(separator: " or ")), found \(type)")
                }
            case "enum":
                if !((value as? [String]) ?? []).contains(node.scalar?.string ?? "\u{0}") { found.append("\(path): not one of \(value)") }
            case "const":
                if node.scalar?.string != "\(value)" { found.append("\(path): not \(value)") }
            case "pattern":
                if let text = node.scalar?.string, Self.type(of: node) == "string",
                    text.range(of: value as? String ?? "", options: .regularExpression) == nil {
                    found.append("\(path): '\(text)' does not match \(value)")
                }
            case "properties", "additionalProperties", "required", "propertyNames":
                if case .mapping(let mapping) = node { found += objectErrors(mapping, keyword, value, schema, path) }
            case "items":
                if case .sequence(let sequence) = node, let items = value as? [String: Any] {
                    for (position, item) in sequence.enumerated() { found += errors(item, items, "\(path).\(position)") }
                }
            default:
                found.append("\(path): the check does not know keyword '\(keyword)'")
            }
        }
        return found
    }

    private func objectErrors(_ mapping: Node.Mapping, _ keyword: String, _ value: Any, _ schema: [String: Any], _ path: String) -> [String] {
        let properties = schema["properties"] as? [String: Any] ?? [:]
        let keys = mapping.keys.compactMap { $0.scalar?.string }
        switch keyword {
        case "properties":
            return mapping.flatMap { key, item -> [String] in
                guard let name = key.scalar?.string, let property = properties[name] as? [String: Any] else { return [] }
                return errors(item, property, path.isEmpty ? name : "\(path).\(name)")
            }
        case "required":
            return ((value as? [String]) ?? []).filter { !keys.contains($0) }.map { "\(path): missing \($0)" }
        case "propertyNames":
            let names = value as? [String: Any] ?? [:]
            return keys.flatMap { errors(Node($0), names, "\(path) key \($0)") }
        default:  // additionalProperties
            if value as? Bool == false {
                return keys.filter { properties[$0] == nil }.map { "\(path): '\($0)' is not allowed" }
            }
            guard let extra = value as? [String: Any] else { return [] }
            return mapping.flatMap { key, item -> [String] in
                guard let name = key.scalar?.string, properties[name] == nil else { return [] }
                return errors(item, extra, path.isEmpty ? name : "\(path).\(name)")
            }
        }
    }

    /// A mapping with its merge keys resolved: keys written in it win, then
    /// the merged mappings' keys in order (as ``ScenarioReader/object`` does).
    static func merged(_ node: Node) -> Node {
        guard case .mapping(let mapping) = node, let merge = mapping["<<"] else { return node }
        var pairs = mapping.filter { $0.key.scalar?.string != "<<" }.map { ($0.key, $0.value) }
        let sources: [Node] = if case .sequence(let sequence) = merge { Array(sequence) } else { [merge] }
        for case .mapping(let source) in sources {
            for (key, value) in source where !pairs.contains(where: { $0.0 == key }) { pairs.append((key, value)) }
        }
        return .mapping(Node.Mapping(pairs))
    }

    /// The JSON type of a node under the YAML 1.2 core schema.
    static func type(of node: Node) -> String {
        switch node {
        case .mapping: return "object"
        case .sequence: return "array"
        case .alias: return "alias"
        case .scalar(let scalar):
            guard scalar.style == .plain else { return "string" }
            let text = scalar.string
            if ["", "~", "null", "Null", "NULL"].contains(text) { return "null" }
            if ["true", "True", "TRUE", "false", "False", "FALSE"].contains(text) { return "boolean" }
            if text.range(of: "^([-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", options: .regularExpression) != nil { return "integer" }
            let float = "^([-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"
            return text.range(of: float, options: .regularExpression) != nil ? "number" : "string"
        }
    }
}

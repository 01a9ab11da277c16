import DemarcheKernel
import Yams

/// Reads YAML nodes into typed values, recording every problem as a located
/// diagnostic instead of stopping at the first. Each read returns nil on a
/// problem, so a caller can go on reading siblings.
///
/// The reader visits at most `nodeBudget` nodes: aliases share nodes, so a
/// small file can name billions of them ("billion laughs"); past the budget
/// the file is refused.
final class ScenarioReader {
    let file: String
    /// Errors: any of them makes the file unusable.
    private(set) var diagnostics: [ScenarioDiagnostic] = []
    /// Warnings, reported with a file that loads.
    private(set) var warnings: [ScenarioDiagnostic] = []
    /// `definition.key` of every format field read, for the format's own test.
    private(set) var consumedFields: Set<String> = []
    private var visited = 0
    private var budgetExceeded = false
    static let nodeBudget = 200_000

    /// Day 0, once the scenario's start is known (to measure months in days).
    var start: CalendarDate?

    init(file: String) { self.file = file }

    func error(_ node: Node?, _ path: String, _ message: String) {
        diagnostics.append(located(node, path, message, .error))
    }

    func warning(_ node: Node?, _ path: String, _ message: String) {
        warnings.append(located(node, path, message, .warning))
    }

    private func located(_ node: Node?, _ path: String, _ message: String, _ severity: ScenarioDiagnostic.Severity) -> ScenarioDiagnostic {
        let mark = node?.mark
        return ScenarioDiagnostic(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, path: path, message: message,
                                  severity: severity)
    }

    /// The problems found so far, in file order.
    var sortedDiagnostics: [ScenarioDiagnostic] {
        diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// Records a problem located in another file (a case file).
    func error(_ diagnostic: ScenarioDiagnostic) { diagnostics.append(diagnostic) }

    /// Counts a visit; false once the budget is spent (reported once).
    func visit(_ node: Node) -> Bool {
        visited += 1
        guard visited <= Self.nodeBudget else {
            if !budgetExceeded {
                budgetExceeded = true
                error(node, "", "the document expands to more than \(Self.nodeBudget) values (YAML aliases?); refusing it")
            }
            return false
        }
        return true
    }

    func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    // MARK: Structures

    /// A mapping checked against a format definition: unknown keys and
    /// missing required keys are reported here.
    func object(_ node: Node, _ path: String, as definition: String) -> Fields? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            error(node, path, "expected a mapping (\(definition.replacingOccurrences(of: "_", with: " "))), found \(describe(node))")
            return nil
        }
        let fields = ScenarioFormat.fields(of: definition)
        let known = fields.map(\.name)
        var values: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard case .scalar(let key) = keyNode else {
                error(keyNode, path, "expected a key, found \(describe(keyNode))")
                continue
            }
            if key.string == "<<" { continue }
            guard known.contains(key.string) else {
                error(keyNode, join(path, key.string),
                      "unknown key '\(key.string)' in \(definition.replacingOccurrences(of: "_", with: " "))"
                      + DidYouMean.hint(for: key.string, among: known))
                continue
            }
            values[key.string] = value
        }
        if let merge = mapping["<<"] { mergeKeys(merge, into: &values, path, known: known, definition: definition) }
        for field in fields where field.required && values[field.name] == nil {
            error(node, path, "missing required key '\(field.name)'")
        }
        return Fields(reader: self, node: node, path: path, definition: definition, values: values)
    }

    /// YAML merge keys (`<<: *defaults`, or a list of mappings): adds each
    /// merged key `values` lacks, so merged keys never override explicit
    /// ones, and earlier mappings win over later ones. A merged mapping's own
    /// merge keys count as its keys, after its explicit ones (YAML's merge
    /// order), at any depth; the node budget bounds the recursion.
    private func mergeKeys(_ merge: Node, into values: inout [String: Node], _ path: String, known: [String], definition: String) {
        let sources: [Node] = if case .mapping = merge { [merge] } else { list(merge, join(path, "<<")) }
        for source in sources {
            guard visit(source), case .mapping(let merged) = source else {
                if !budgetExceeded {
                    error(source, join(path, "<<"), "a merge key needs a mapping or a list of mappings, found \(describe(source))")
                }
                continue
            }
            for (keyNode, value) in merged {
                guard case .scalar(let key) = keyNode, key.string != "<<", values[key.string] == nil else { continue }
                guard known.contains(key.string) else {
                    error(keyNode, join(path, key.string), "unknown key '\(key.string)' (merged) in \(definition.replacingOccurrences(of: "_", with: " "))"
                          + DidYouMean.hint(for: key.string, among: known))
                    continue
                }
                values[key.string] = value
            }
            if let nested = merged["<<"] { mergeKeys(nested, into: &values, path, known: known, definition: definition) }
        }
    }

    /// The value at `key` of a mapping, explicit or merged (`<<`, at any
    /// depth, within the node budget), without other diagnostics: for the
    /// passes that collect names before the sections are read.
    func value(_ key: String, in mapping: Node.Mapping) -> Node? {
        if let value = mapping[key] { return value }
        guard let merge = mapping["<<"] else { return nil }
        let sources: [Node] = if case .sequence(let items) = merge { Array(items) } else { [merge] }
        for source in sources where visit(source) {
            if case .mapping(let merged) = source, let value = value(key, in: merged) { return value }
        }
        return nil
    }

    /// A mapping from ids to values, in file order; ids are checked.
    func entries(_ node: Node, _ path: String) -> [(id: String, node: Node, keyNode: Node)] {
        guard visit(node) else { return [] }
        guard case .mapping(let mapping) = node else {
            error(node, path, "expected a mapping of ids to entries, found \(describe(node))")
            return []
        }
        var seen = Set<String>()
        return mapping.compactMap { keyNode, value in
            guard case .scalar(let key) = keyNode, Self.isValidID(key.string) else {
                error(keyNode, path, "expected an id (letters, digits, '-' or '_'), found \(describe(keyNode))")
                return nil
            }
            guard seen.insert(key.string).inserted else {
                error(keyNode, join(path, key.string), "duplicate id '\(key.string)'")
                return nil
            }
            return (key.string, value, keyNode)
        }
    }

    /// A list; a single value (a scalar or a mapping) reads as a list of one,
    /// as the JSON Schema allows (and keeps the paths of a list of one, e.g.
    /// `relations.0.weight`, so `--set` paths do not depend on the spelling).
    func list(_ node: Node, _ path: String) -> [Node] {
        guard visit(node) else { return [] }
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar, .mapping: return [node]
        default:
            error(node, path, "expected a list, found \(describe(node))")
            return []
        }
    }

    static func isValidID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 64
            && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic && $0.isASCII || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }

    func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func markConsumed(_ definition: String, _ key: String) { consumedFields.insert("\(definition).\(key)") }
}

/// The checked keys of one mapping.
struct Fields {
    let reader: ScenarioReader
    let node: Node
    let path: String
    let definition: String
    let values: [String: Node]

    /// The value at `key` (declared in the format), if present.
    subscript(_ key: String) -> Node? {
        precondition(ScenarioFormat.fields(of: definition).contains { $0.name == key },
                     "'\(key)' is not declared in format definition '\(definition)'")
        reader.markConsumed(definition, key)
        return values[key]
    }

    func path(_ key: String) -> String { reader.join(path, key) }
}

import Foundation
import Yams

/// Reads reference-class files (`demarche_reference: 1`) and their case
/// files, with the scenario reader's diagnostics: `file:line:col` in the
/// YAML for the file's own mistakes (with a did-you-mean for unknown keys
/// and columns), `file:line:col` in the case file for a bad cell.
public enum ReferenceLoader {
    public static func load(contentsOf path: String) throws(ScenarioError) -> ReferenceClass {
        try load(contentsOf: path, reader: ScenarioReader(file: path))
    }

    /// Whether `path` is a reference-class file (its first key is `demarche_reference`).
    public static func isReferenceFile(_ path: String) -> Bool {
        ScenarioLoader.firstKey(of: path) == "demarche_reference"
    }

    /// The `definition.key` fields that reading `path` used (for the format's coverage test).
    static func consumedFields(contentsOf path: String) -> Set<String> {
        let reader = ScenarioReader(file: path)
        _ = try? load(contentsOf: path, reader: reader)
        return reader.consumedFields
    }

    static let defaultCheckpoints: [Double] = [90, 180, 365, 730]

    static func load(contentsOf path: String, reader: ScenarioReader) throws(ScenarioError) -> ReferenceClass {
        let text = try ScenarioLoader.readText(path)
        let root = try YAMLLoader.load(text, file: path)
        func failure() -> ScenarioError {
            ScenarioError(reader.diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) })
        }
        guard let fields = reader.object(root, "", as: "reference") else { throw failure() }
        if let node = fields["demarche_reference"], let version = reader.integer(node, "demarche_reference", in: 0...Int.max),
            version != 1 {
            reader.error(node, "demarche_reference", "this is reference format version \(version); this Demarche reads version 1")
        }
        let name = fields["name"].flatMap { reader.text($0, "name") }
        let description = fields["description"].flatMap { reader.text($0, "description") } ?? ""
        let citation = fields["citation"].flatMap { reader.text($0, "citation") }
        let published = fields["published"].flatMap { reader.date($0, "published") }
        let checkpoints = fields["checkpoints"].map { node in
            reader.list(node, "checkpoints").enumerated().compactMap { position, item -> Double? in
                let itemPath = node.isSequence ? "checkpoints.\(position)" : "checkpoints"
                guard let days = reader.number(item, itemPath, days: true) else { return nil }
                guard days > 0 else {
                    reader.error(item, itemPath, "a checkpoint must be a positive duration, found \(reader.describe(item))")
                    return nil
                }
                return days
            }
        } ?? defaultCheckpoints
        let forms = fields["forms"].map { node in
            reader.list(node, "forms").enumerated().compactMap { position, item in
                reader.choice(item, node.isSequence ? "forms.\(position)" : "forms", ["exponential", "weibull"])
            }
        } ?? ["exponential", "weibull"]
        if let node = fields.values["forms"], case .sequence(let items) = node, items.isEmpty {
            reader.error(node, "forms", "name at least one form")
        }

        var table: CaseTable?
        var casesFile = ""
        if let node = fields["cases"], let relative = reader.text(node, "cases") {
            let directory = (path as NSString).deletingLastPathComponent
            casesFile = relative.hasPrefix("/") || directory.isEmpty ? relative : (directory as NSString).appendingPathComponent(relative)
            do {
                table = try CaseTable.read(casesFile)
            } catch {
                reader.error(node, "cases", "the case file does not load:\n" + error.description)
            }
        }
        guard let table else { throw failure() }
        let columns = ColumnResolver(reader: reader, header: table.header)
        let spec = ReferenceSpecReader(reader: reader, columns: columns).spec(fields)
        guard reader.diagnostics.isEmpty, let spec, let name, let citation, let published else { throw failure() }

        let found = spec.cases(in: table, reader: reader)
        if reader.diagnostics.isEmpty, found.cases.isEmpty {
            reader.error(fields.values["select"] ?? fields.node, "select",
                         "no usable case: \(found.selected) of \(table.rows.count) rows meet the selection"
                         + (found.selected > 0 ? ", and none has usable dates" : ""))
        }
        guard reader.diagnostics.isEmpty else { throw failure() }
        var exclusions = found.exclusions.map { ReferenceClass.Exclusion(reason: $0.key, count: $0.value) }
            .sorted { $0.reason < $1.reason }
        if found.censoredAtEnd > 0 {
            exclusions.append(.init(reason: "kept, censored at the end date (outcome none of the causes)", count: found.censoredAtEnd))
        }
        return ReferenceClass(
            file: path, sha256: SHA256.hex(text.utf8), casesFile: casesFile,
            casesSHA256: table.sha256,
            name: name, description: description, citation: citation, published: published,
            rowCount: table.rows.count, selectedCount: found.selected, causes: spec.causeNames,
            compliance: spec.compliance, covariates: spec.covariates.map(\.name), checkpoints: checkpoints,
            forms: forms, coarseRule: spec.imputeCoarse ? "midpoint" : "drop", cases: found.cases, exclusions: exclusions)
    }
}

/// Column names of the case file, checked with a did-you-mean.
struct ColumnResolver {
    let reader: ScenarioReader
    let header: [String]

    func column(_ node: Node?, _ path: String) -> Int? {
        guard let node, let name = reader.text(node, path) else { return nil }
        guard let index = header.firstIndex(of: name) else {
            reader.error(node, path, "the case file has no column '\(name)'" + DidYouMean.hint(for: name, among: header))
            return nil
        }
        return index
    }
}

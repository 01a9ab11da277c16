import DemarcheModel
import Foundation
import Yams

/// Reads sweep files (`demarche_sweep: 1`) with the scenario reader's
/// diagnostics: every factor path is checked against the scenario's
/// parameters (with a did-you-mean), every range and value against the
/// parameter's constraint.
public enum SweepLoader {
    /// Whether `path` is a sweep file (its first key is `demarche_sweep`).
    public static func isSweepFile(_ path: String) -> Bool {
        ScenarioLoader.firstKey(of: path) == "demarche_sweep"
    }

    public static func load(contentsOf path: String) throws(ScenarioError) -> SweepSpec {
        try load(contentsOf: path, reader: ScenarioReader(file: path))
    }

    /// The `definition.key` fields that reading `path` used (for the format's coverage test).
    static func consumedFields(contentsOf path: String) -> Set<String> {
        let reader = ScenarioReader(file: path)
        _ = try? load(contentsOf: path, reader: reader)
        return reader.consumedFields
    }

    static func load(contentsOf path: String, reader: ScenarioReader) throws(ScenarioError) -> SweepSpec {
        let text = try ScenarioLoader.readText(path)
        let root = try YAMLLoader.load(text, file: path)
        guard let fields = reader.object(root, "", as: "sweep") else { throw ScenarioError(reader.diagnostics) }
        if let node = fields["demarche_sweep"], let version = reader.integer(node, "demarche_sweep", in: 0...Int.max), version != 1 {
            reader.error(node, "demarche_sweep", "this is sweep format version \(version); this Demarche reads version 1")
        }
        let directory = (path as NSString).deletingLastPathComponent
        func resolve(_ relative: String) -> String {
            relative.hasPrefix("/") || directory.isEmpty ? relative : (directory as NSString).appendingPathComponent(relative)
        }
        var scenario: Scenario?
        if let node = fields["scenario"], let relative = reader.text(node, "scenario") {
            do {
                scenario = try ScenarioLoader.load(contentsOf: resolve(relative))
            } catch {
                reader.error(node, "scenario", "the scenario does not load:\n" + error.description)
            }
        }
        let design = fields["design"].flatMap { reader.choice($0, "design", SweepSpec.Design.allCases.map(\.rawValue)) }
            .flatMap(SweepSpec.Design.init(rawValue:))
        let runs = fields["runs"].map { reader.integer($0, "runs", in: fields.integerRange("runs")) } ?? 1000
        let seed = fields["seed"].map { reader.integer($0, "seed", in: fields.integerRange("seed")) } ?? 1
        let samplesNode = fields["samples"]
        let samples = samplesNode.map { reader.integer($0, "samples", in: fields.integerRange("samples")) } ?? 0
        let factors = fields["factors"].map { readFactors($0, reader: reader, design: design, scenario: scenario) } ?? []
        var rows: [[Double]] = []
        if design == .rows {
            rows = readRows(fields, reader: reader, factors: factors, resolve: resolve)
        }
        if let design, [.lhs, .sobol, .saltelli].contains(design), samples == 0 {
            reader.error(samplesNode ?? fields.node, "samples", "the \(design.rawValue) design needs 'samples' ≥ 1 (a design of size zero runs nothing)")
        }
        if design == .saltelli, factors.count * 2 > 40 {
            reader.error(fields.values["factors"], "factors", "the saltelli design supports at most 20 factors (GSL's Sobol sequence has 40 dimensions)")
        }
        if design == .sobol, factors.count > 40 {
            reader.error(fields.values["factors"], "factors", "the sobol design supports at most 40 factors")
        }
        guard reader.diagnostics.isEmpty, let scenario, let design, let runs, let seed, let samples else {
            throw ScenarioError(reader.diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return SweepSpec(file: path, sha256: SHA256.hex(text.utf8), scenario: scenario, design: design, samples: samples,
                         rows: rows, factors: factors, runs: runs, seed: UInt64(seed))
    }

    static func readFactors(_ node: Node, reader: ScenarioReader, design: SweepSpec.Design?, scenario: Scenario?) -> [SweepSpec.Factor] {
        let entries = factorEntries(node, reader: reader)
        if entries.isEmpty { reader.error(node, "factors", "a sweep needs at least one factor") }
        return entries.compactMap { path, valueNode, keyNode in
            let fieldPath = "factors.\(path)"
            let table = scenario?.model.parameters
            if let table, table.id(forPath: path) == nil {
                reader.error(keyNode, fieldPath, "no numeric parameter at '\(path)' in the scenario" + DidYouMean.hint(for: path, among: table.paths))
                return nil
            }
            guard let fields = reader.object(valueNode, fieldPath, as: "sweep_factor") else { return nil }
            let low = fields["low"].flatMap { reader.number($0, fields.path("low"), days: true) }
            let high = fields["high"].flatMap { reader.number($0, fields.path("high"), days: true) }
            let values = fields["values"].map { node in
                reader.list(node, fields.path("values")).enumerated().compactMap { position, item in
                    reader.number(item, "\(fields.path("values")).\(position)", days: true)
                }
            } ?? []
            if let low, let high, low > high {
                reader.error(fields.values["high"], fields.path("high"), "the range is empty: low (\(low)) is greater than high (\(high))")
                return nil
            }
            switch design {
            case .grid? where values.isEmpty:
                reader.error(fields.node, fieldPath, "the grid design needs 'values' for every factor")
                return nil
            case .lhs?, .sobol?, .saltelli?, .oat?:
                guard low != nil, high != nil else {
                    reader.error(fields.node, fieldPath, "the \(design?.rawValue ?? "") design needs 'low' and 'high' for every factor")
                    return nil
                }
            default: break
            }
            let base = fields["base"].flatMap { reader.number($0, fields.path("base"), days: true) }
                ?? ((low ?? 0) + (high ?? 0)) / 2
            for value in values + [low, high, base].compactMap({ $0 }) {
                if let table, let id = table.id(forPath: path), let expected = table.entries[id.index].constraint.violation(value) {
                    reader.error(fields.node, fieldPath, "\(value) is outside what '\(path)' accepts: \(expected)")
                    return nil
                }
            }
            return SweepSpec.Factor(path: path, low: low ?? values.min() ?? 0, high: high ?? values.max() ?? 0, base: base, values: values,
                                    label: fields["label"].flatMap { readLabel($0, fields.path("label"), reader: reader) })
        }.uniquelyNamed(reader: reader, node: node)
    }

    /// Factor paths contain dots, so they are read as raw keys, not ids.
    static func factorEntries(_ node: Node, reader: ScenarioReader) -> [(String, Node, Node)] {
        guard reader.visit(node), case .mapping(let mapping) = node else {
            reader.error(node, "factors", "expected a mapping of parameter paths to ranges, found \(reader.describe(node))")
            return []
        }
        return mapping.compactMap { key, value in
            guard case .scalar(let scalar) = key else { return nil }
            return (scalar.string, value, key)
        }
    }

    static func readRows(_ fields: Fields, reader: ScenarioReader, factors: [SweepSpec.Factor], resolve: (String) -> String) -> [[Double]] {
        if let csvNode = fields["from"], let relative = reader.text(csvNode, "from") {
            do {
                return try DesignCSV.rows(contentsOf: resolve(relative), factors: factors.map(\.path))
            } catch {
                reader.error(csvNode, "from", error.description)
                return []
            }
        }
        guard let rowsNode = fields["rows"] else {
            reader.error(fields.node, "rows", "the rows design needs 'rows' or 'from: design.csv'")
            return []
        }
        let rows = reader.list(rowsNode, "rows").enumerated().compactMap { index, row -> [Double]? in
            let items = reader.list(row, "rows.\(index)")
            guard items.count == factors.count else {
                reader.error(row, "rows.\(index)", "expected \(factors.count) values (one per factor), found \(items.count)")
                return nil
            }
            let values = items.enumerated().compactMap { position, item in reader.number(item, "rows.\(index).\(position)", days: true) }
            return values.count == items.count ? values : nil
        }
        if rows.isEmpty { reader.error(rowsNode, "rows", "the rows design needs at least one row") }
        return rows
    }
}

import Foundation

extension SweepReport {
    func show(_ cell: Cell, kind: OutcomeSummary.Kind) -> String {
        if let p = cell.probability { return "\(ReportFormatting.percent(p.value)) (\(ReportFormatting.interval(p)))" }
        if let mean = cell.mean { return ReportFormatting.number(mean.value) }
        return "—"
    }

    public func markdown() -> String {
        typealias F = ReportFormatting
        var out = "# Sweep: \(manifest.scenarioName)\n\n"
        out += "\(manifest.design) design over \(manifest.factors.count) factor\(manifest.factors.count == 1 ? "" : "s"), "
        out += "\(F.grouped(manifest.variants)) variants × \(F.grouped(manifest.runsPerVariant)) runs, seed \(manifest.seed) "
        out += "(common random numbers: replication r uses the same streams in every variant).\n\n"
        out += "- tool: demarche \(manifest.toolVersion) (GSL \(manifest.gslVersion), \(manifest.generator) streams)\n"
        out += ToolCommit.markdownLine(manifest.toolCommit)
        out += "- sweep: `\(manifest.sweepFile)` (SHA-256 `\(manifest.sweepSHA256)`)\n"
        out += "- scenario: `\(manifest.scenarioFile)` (SHA-256 `\(manifest.scenarioSHA256)`)\n"
        out += "- events: \(F.grouped(manifest.events)); failed runs: \(F.grouped(manifest.failedRuns))\n"
        if manifest.factorLabels != nil {
            out += "- factors: " + zip(factorNames, manifest.factors).map { "\($0) (`\($1)`)" }.joined(separator: "; ") + "\n"
        }
        out += "\n## Variants\n\n"
        var header = ["#"] + factorNames
        for outcome in outcomes {
            header.append(outcome.label)
            if outcome.kind == .event { header.append("median date") }
        }
        out += MarkdownTable(header: header, rows: variants.map { variant in
            var row = ["\(variant.index)"] + variant.factors.map { F.number($0) }
            for (outcome, cell) in zip(outcomes, variant.cells) {
                row.append(show(cell, kind: outcome.kind))
                if outcome.kind == .event { row.append(cell.medianDate ?? "—") }
            }
            return row
        }, rightAligned: Set(0...manifest.factors.count)).rendered
        out += "\n## Sensitivity\n"
        for analysis in sensitivity {
            let label = outcomes.first { $0.id == analysis.outcome }?.label ?? analysis.outcome
            out += "\n### \(label)\n\n\(analysis.note)\n"
            out += rankingWarning(analysis).map { "\n**Warning:** \($0)\n" } ?? ""
            guard !analysis.entries.isEmpty else { continue }
            out += "\n"
            switch analysis.method {
            case "tornado":
                func show(_ value: Double?) -> String { value.map { F.number($0) } ?? "—" }
                out += MarkdownTable(header: ["factor", "at low", "at high", "swing"], rows: analysis.entries.map {
                    [name(ofFactor: $0.factor), show($0.atLow), show($0.atHigh), show($0.swing)]
                }, rightAligned: [1, 2, 3]).rendered
            case "sobol":
                out += MarkdownTable(header: ["factor", "S1", "S1 95% CI", "ST", "ST 95% CI"], rows: analysis.entries.map { entry in
                    let s1 = entry.firstOrder ?? Estimate(value: 0, low: 0, high: 0)
                    let st = entry.total ?? Estimate(value: 0, low: 0, high: 0)
                    return [name(ofFactor: entry.factor), F.number(s1.value), "\(F.number(s1.low))–\(F.number(s1.high))",
                            F.number(st.value), "\(F.number(st.low))–\(F.number(st.high))"]
                }, rightAligned: [1, 3]).rendered
            default:
                out += MarkdownTable(header: ["factor", "SRRC"], rows: analysis.entries.map { [name(ofFactor: $0.factor), F.number($0.srrc ?? 0)] },
                                     rightAligned: [1]).rendered
            }
        }
        return out
    }

    /// CSV to a single file or standard output: the cells table alone
    /// (`--format csv --out DIR/` writes every table, ``tables``).
    public func csv() -> String { cellsTable.csv }

    /// snake_case keys, the CSV tables' names; every cell names its outcome.
    public func json() -> String { ReportJSON.encode(self, snakeCaseKeys: true) }
}

import Foundation

extension Comparison {
    /// Markdown fit for a pull-request comment.
    public func markdown() -> String {
        let passed = rows.count { $0.verdict == .pass }
        let failed = rows.count { $0.verdict == .fail }
        let open = rows.count { $0.verdict == .inconclusive }
        let overall = failed > 0 || !changedKinds.isEmpty ? "FAIL" : open > 0 ? "INCONCLUSIVE" : "PASS"
        var out = "## Demarche comparison: **\(overall)**\n\n"
        out += "`\(a)` (A) vs `\(b)` (B). Differences are B − A with 95% CIs; verdicts test equivalence within the margin "
        out += "(two one-sided tests), Holm-corrected across \(rows.count) comparisons at α = \(alpha).\n\n"
        for note in notes { out += "> \(note)\n" }
        for change in changedKinds {
            out += "> Kind changed: `\(change.id)` is \(change.a.rawValue) in A, \(change.b.rawValue) in B (not compared; counted as a difference).\n"
        }
        if !notes.isEmpty || !changedKinds.isEmpty { out += "\n" }
        out += MarkdownTable(
            header: ["outcome", "measure", "A", "B", "B − A", "95% CI", "margin", "verdict"],
            rows: rows.map { row in
                let days = row.measure.hasPrefix("median date")
                let probability = row.measure.hasPrefix("probability")
                func show(_ x: Double) -> String {
                    days ? ReportFormatting.text("%+.0f d", x) : probability ? ReportFormatting.text("%+.1f pp", x * 100) : ReportFormatting.text("%+.3f", x)
                }
                let margin = days ? ReportFormatting.text("±%.0f d", row.margin) : probability ? ReportFormatting.text("±%.1f pp", row.margin * 100)
                    : ReportFormatting.text("±%.3f", row.margin)
                return [row.label, row.measure, row.a, row.b, show(row.difference.value),
                        "\(show(row.difference.low)) to \(show(row.difference.high))", margin, row.verdict.rawValue]
            }).rendered
        out += "\n\(passed) PASS · \(failed) FAIL · \(open) INCONCLUSIVE"
        if !changedKinds.isEmpty { out += " · \(changedKinds.count) changed kind: " + changedKinds.map(\.id).joined(separator: ", ") }
        if !unmatched.isEmpty { out += " · in only one report: " + unmatched.joined(separator: ", ") }
        return out + "\n"
    }

    public func json() -> String { ReportJSON.encode(self) }
}

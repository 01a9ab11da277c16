import Foundation

extension SweepReport {
    /// The variants as an HTML table: a row per variant, its factor values,
    /// then a column per outcome (a probability with its 95% interval and
    /// median date, or a mean), shaded by the value's place in its column.
    func variantsTable() -> String {
        let e = HTMLText.escape
        typealias F = ReportFormatting
        var html = "<p class=\"note\">One row per variant: its factor values, then each outcome — a probability with its 95% "
        html += "interval and the median date among runs where the event happened, or a mean. Shading: darker is higher within "
        html += "the column.</p><div class=\"scroll\"><table class=\"variants\"><thead><tr><th class=\"n\">#</th>"
        html += factorNames.map { "<th class=\"f n\">\(e($0))</th>" }.joined()
        html += outcomes.map { "<th class=\"n\" title=\"\(e($0.id))\">\(Self.unbrokenDates(e($0.label)))</th>" }.joined() + "</tr></thead><tbody>"
        let ranges = outcomes.indices.map { outcome -> ClosedRange<Double>? in
            let metrics = variants.compactMap { $0.cells[outcome].metric }
            guard let low = metrics.min(), let high = metrics.max() else { return nil }
            return low...high
        }
        for variant in variants {
            html += "<tr><td class=\"n\">\(variant.index)</td>" + variant.factors.map { "<td class=\"n\">\(F.number($0))</td>" }.joined()
            for (outcome, cell) in variant.cells.enumerated() {
                html += "<td class=\"n\"\(shade(cell.metric, within: ranges[outcome]))>"
                if let p = cell.probability {
                    html += "\(F.percent(p.value))<small>\(F.interval(p))</small>" + (cell.medianDate.map { "<small>\($0)</small>" } ?? "")
                } else if let mean = cell.mean {
                    html += F.number(mean.value)
                } else {
                    html += "—"
                }
                html += "</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    /// Escaped `text` with its ISO dates kept on one line.
    static func unbrokenDates(_ text: String) -> String {
        text.replacingOccurrences(of: #"\d{4}-\d{2}-\d{2}"#, with: "<span>$0</span>", options: .regularExpression)
    }

    /// A background from white (the column's lowest) to light blue (its highest).
    func shade(_ value: Double?, within range: ClosedRange<Double>?) -> String {
        guard let value, let range, range.upperBound > range.lowerBound else { return "" }
        let alpha = 0.04 + 0.32 * (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        return " style=\"background:rgba(36,88,166,\(ReportFormatting.text("%.2f", alpha)))\""
    }
}

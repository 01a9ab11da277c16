/// Every probability of a report on one 0–100% axis: one row per outcome,
/// most likely first, a dot at the probability by the outcome's date with its
/// 95% interval as a bar, and a ring where the horizon's probability is higher.
/// A dot-and-interval chart reads at 30 rows where 30 curves would tangle.
struct OutcomeOverviewChart {
    struct Row {
        /// The outcome with its date, as the bottom line names it.
        var label: String
        var probability: Estimate
        /// Probability by the end of the horizon, when the outcome's date is earlier.
        var byHorizon: Double?
    }

    let rows: [Row]
    let width = 820.0
    let labelWidth = 410.0
    let valueWidth = 56.0
    let lineHeight = 13.0
    let rowPadding = 5.0
    let axisHeight = 22.0
    /// Labels wrap onto a second line after this many characters, and are cut
    /// with an ellipsis after two (the full label is the row's tooltip).
    static let lineLength = 64

    var plotLeft: Double { labelWidth + 12 }
    var plotRight: Double { width - valueWidth - 10 }

    /// The rows of a report's event and in-force outcomes, most likely first (ties in report order).
    init(_ report: Report) {
        rows = report.outcomes.enumerated().compactMap { index, outcome -> (Int, Row)? in
            guard outcome.kind == .event || outcome.kind == .inForce, let p = outcome.probability else { return nil }
            let horizon = outcome.kind == .event && (outcome.byDay ?? 0) < (outcome.curve.last?.day ?? 0)
                ? outcome.curve.last.map(\.incidence) : nil
            return (index, Row(label: BottomLine.headline(outcome), probability: p,
                               byHorizon: horizon.flatMap { $0 > p.value ? $0 : nil }))
        }
        .sorted { $0.1.probability.value != $1.1.probability.value ? $0.1.probability.value > $1.1.probability.value : $0.0 < $1.0 }
        .map(\.1)
    }

    func x(_ fraction: Double) -> Double { plotLeft + (plotRight - plotLeft) * min(max(fraction, 0), 1) }
    func f(_ value: Double) -> String { ReportFormatting.text("%.1f", value) }

    /// A label in at most two lines of at most ``lineLength`` characters,
    /// broken at a space.
    static func lines(_ label: String) -> [String] {
        func cut(_ text: Substring) -> (Substring, Substring) {
            guard text.count > lineLength else { return (text, "") }
            let limit = text.index(text.startIndex, offsetBy: lineLength)
            let space = text[..<limit].lastIndex(of: " ") ?? limit
            return (text[..<space], text[space...].drop { $0 == " " })
        }
        let (first, rest) = cut(Substring(label))
        guard !rest.isEmpty else { return [String(first)] }
        let (second, more) = cut(rest)
        return [String(first), more.isEmpty ? String(second) : second.prefix(lineLength - 1) + "…"]
    }

    /// The chart as inline SVG; empty when there is no probability to show.
    func svg() -> String {
        guard !rows.isEmpty else { return "" }
        let e = HTMLText.escape
        let labels = rows.map { Self.lines($0.label) }
        var tops = [axisHeight]
        for lines in labels { tops.append(tops[tops.count - 1] + lineHeight * Double(lines.count) + rowPadding) }
        let bottom = tops[tops.count - 1]
        var body = ""
        for index in rows.indices where index % 2 == 0 {
            body += "<rect class=\"stripe\" x=\"0\" y=\"\(f(tops[index]))\" width=\"\(f(width))\" height=\"\(f(tops[index + 1] - tops[index]))\"/>"
        }
        for tick in stride(from: 0, through: 100, by: 10) {
            let at = x(Double(tick) / 100)
            body += "<line class=\"\(tick == 50 ? "mid" : "grid")\" x1=\"\(f(at))\" x2=\"\(f(at))\" y1=\"\(f(axisHeight))\" y2=\"\(f(bottom))\"/>"
            body += "<text class=\"tick\" x=\"\(f(at))\" y=\"\(f(axisHeight - 7))\" text-anchor=\"middle\">\(tick)%</text>"
            body += "<text class=\"tick\" x=\"\(f(at))\" y=\"\(f(bottom + 15))\" text-anchor=\"middle\">\(tick)%</text>"
        }
        for (index, row) in rows.enumerated() {
            let y = (tops[index] + tops[index + 1]) / 2
            let p = row.probability
            body += "<g><title>\(e(row.label)): \(e(ReportFormatting.percent(p.value))) (95% CI \(e(ReportFormatting.interval(p))))"
                + (row.byHorizon.map { ", \(e(ReportFormatting.percent($0))) by the horizon" } ?? "") + "</title>"
            let firstLine = y + 4 - lineHeight * Double(labels[index].count - 1) / 2
            for (line, text) in labels[index].enumerated() {
                body += "<text class=\"label\" x=\"\(f(labelWidth))\" y=\"\(f(firstLine + lineHeight * Double(line)))\" "
                    + "text-anchor=\"end\">\(e(text))</text>"
            }
            if let horizon = row.byHorizon {
                body += "<line class=\"later\" x1=\"\(f(x(p.value)))\" x2=\"\(f(x(horizon)))\" y1=\"\(f(y))\" y2=\"\(f(y))\"/>"
                body += "<circle class=\"ring\" cx=\"\(f(x(horizon)))\" cy=\"\(f(y))\" r=\"3.5\"/>"
            }
            body += "<line class=\"ci\" x1=\"\(f(x(p.low)))\" x2=\"\(f(x(p.high)))\" y1=\"\(f(y))\" y2=\"\(f(y))\"/>"
            body += "<circle class=\"dot\" cx=\"\(f(x(p.value)))\" cy=\"\(f(y))\" r=\"4.5\"/>"
            body += "<text class=\"value\" x=\"\(f(width - 2))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(e(ReportFormatting.percent(p.value)))</text></g>"
        }
        return "<svg class=\"overview\" viewBox=\"0 0 \(Int(width)) \(Int((bottom + axisHeight).rounded(.up)))\" role=\"img\" "
            + "aria-label=\"Probability of each outcome with its 95% interval\">\(body)</svg>"
    }
}

import DemarcheKernel
import Foundation

/// Small inline SVG charts with a date axis: no scripts, no fonts to fetch.
struct SVGChart {
    let start: CalendarDate
    let horizonDay: Double
    var width = 640.0
    var height = 220.0
    let left = 48.0
    let right = 16.0
    let top = 12.0
    let bottom = 32.0

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - top - bottom }

    func x(_ day: Double) -> Double { left + plotWidth * min(max(day, 0), horizonDay) / max(horizonDay, 1) }
    func y(_ fraction: Double) -> Double { top + plotHeight * (1 - min(max(fraction, 0), 1)) }
    func f(_ value: Double) -> String { ReportFormatting.text("%.1f", value) }

    /// Axes: percentages on y, the first day of each quarter on x (years labelled).
    func axes(yLabels: [(Double, String)]) -> String {
        var svg = ""
        for (fraction, label) in yLabels {
            svg += "<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(fraction)))\" y2=\"\(f(y(fraction)))\"/>"
            svg += "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(y(fraction) + 4))\" text-anchor=\"end\">\(label)</text>"
        }
        var month = CalendarDate(dayNumber: start.dayNumber)
        month = (try? CalendarDate(year: month.year, month: month.month, day: 1)) ?? month
        while true {
            month = month.adding(months: 1)
            let day = Double(month.dayNumber - start.dayNumber)
            guard day <= horizonDay else { break }
            guard (month.month - 1) % 3 == 0 else { continue }
            svg += "<line class=\"tickline\" x1=\"\(f(x(day)))\" x2=\"\(f(x(day)))\" y1=\"\(f(top + plotHeight))\" y2=\"\(f(top + plotHeight + 4))\"/>"
            let label = month.month == 1 ? "\(month.year)" : ["", "", "", "Apr", "", "", "Jul", "", "", "Oct"][month.month - 1]
            svg += "<text class=\"tick\(month.month == 1 ? " year" : "")\" x=\"\(f(x(day)))\" y=\"\(f(top + plotHeight + 18))\" text-anchor=\"middle\">\(label)</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(top + plotHeight))\" y2=\"\(f(top + plotHeight))\"/>"
        return svg
    }

    func frame(_ body: String, label: String) -> String {
        "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">\(body)</svg>"
    }

    /// A step curve of cumulative incidence with its confidence band and a
    /// marker at the headline date.
    func incidence(_ curve: [OutcomeSummary.CurvePoint], byDay: Double?, label: String) -> String {
        guard curve.count > 1 else { return "" }
        var line = "M\(f(x(curve[0].day))),\(f(y(curve[0].incidence)))"
        var upper = "M\(f(x(curve[0].day))),\(f(y(curve[0].high)))"
        var lower: [String] = []
        for (previous, point) in zip(curve, curve.dropFirst()) {
            line += " H\(f(x(point.day))) V\(f(y(point.incidence)))"
            upper += " H\(f(x(point.day))) V\(f(y(point.high)))"
            lower.append("\(f(x(point.day))),\(f(y(point.low))) \(f(x(point.day))),\(f(y(previous.low)))")
        }
        let band = upper + " L" + lower.reversed().joined(separator: " ") + " \(f(x(curve[0].day))),\(f(y(curve[0].low))) Z"
        var body = axes(yLabels: [(0, "0%"), (0.25, "25%"), (0.5, "50%"), (0.75, "75%"), (1, "100%")])
        body += "<path class=\"band\" d=\"\(band)\"/><path class=\"curve\" d=\"\(line)\"/>"
        if let byDay, byDay < horizonDay {
            body += "<line class=\"by\" x1=\"\(f(x(byDay)))\" x2=\"\(f(x(byDay)))\" y1=\"\(f(top))\" y2=\"\(f(top + plotHeight))\"/>"
        }
        return frame(body, label: label)
    }

    /// Counts of dates by month, as bars.
    func histogram(_ days: [Double], label: String) -> String {
        guard !days.isEmpty else { return "" }
        var bins: [Int: Int] = [:]
        for day in days {
            let date = start.adding(days: Int(max(day, 0).rounded(.down)))
            bins[date.year * 12 + date.month - 1, default: 0] += 1
        }
        let largest = Double(bins.values.max() ?? 1)
        var body = axes(yLabels: [(0, "0"), (0.5, "\(Int(largest / 2))"), (1, "\(Int(largest))")])
        for (index, count) in bins.sorted(by: { $0.key < $1.key }) {
            let first = (try? CalendarDate(year: index / 12, month: index % 12 + 1, day: 1)) ?? start
            let from = Double(first.dayNumber - start.dayNumber)
            let to = Double(first.adding(months: 1).dayNumber - start.dayNumber)
            let x0 = x(from) + 0.5
            let barWidth = max(x(to) - x(from) - 1, 1)
            body += "<rect class=\"bar\" x=\"\(f(x0))\" y=\"\(f(y(Double(count) / largest)))\" width=\"\(f(barWidth))\" height=\"\(f(top + plotHeight - y(Double(count) / largest)))\"><title>\(first.description.prefix(7)): \(count) runs</title></rect>"
        }
        return frame(body, label: label)
    }
}

/// Escaping text for HTML, and the tables the HTML pages share.
enum HTMLText {
    /// A table of escaped cells; `numeric` columns are right-aligned; the
    /// cells of `markup` columns are HTML already.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], markup: Set<Int> = []) -> String {
        func cell(_ tag: String, _ column: Int, _ text: String) -> String {
            "<\(tag)\(numeric.contains(column) ? " class=\"n\"" : "")>\(tag == "td" && markup.contains(column) ? text : escape(text))</\(tag)>"
        }
        return "<table><thead><tr>" + header.enumerated().map { cell("th", $0.offset, $0.element) }.joined()
            + "</tr></thead><tbody>"
            + rows.map { "<tr>" + $0.enumerated().map { cell("td", $0.offset, $0.element) }.joined() + "</tr>" }.joined()
            + "</tbody></table>"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

import Foundation

/// An inline SVG chart of cumulative incidence against the time since a
/// case began (days): a nonparametric step curve with its 95% band, and
/// smooth parametric curves over it.
struct DurationChart {
    let maximumDay: Double
    /// Top of the y axis (a fraction), so small incidences stay readable.
    let top: Double
    let width = 640.0
    let height = 240.0
    let left = 48.0
    let right = 16.0
    let margin = 12.0
    let bottom = 34.0

    var plotWidth: Double { width - left - right }
    var plotHeight: Double { height - margin - bottom }

    func x(_ day: Double) -> Double { left + plotWidth * min(max(day, 0), maximumDay) / max(maximumDay, 1) }
    func y(_ fraction: Double) -> Double { margin + plotHeight * (1 - min(max(fraction / top, 0), 1)) }
    func f(_ value: Double) -> String { ReportFormatting.text("%.1f", value) }

    func axes() -> String {
        var svg = ""
        // Gridlines every 10% from a top of 30%, else in quarters (2.5%, 5%).
        let intervals = top >= 0.3 ? Int((top * 10).rounded()) : 4
        for step in 0...intervals {
            let fraction = top * Double(step) / Double(intervals)
            svg += "<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(fraction)))\" y2=\"\(f(y(fraction)))\"/>"
            svg += "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(y(fraction) + 4))\" text-anchor=\"end\">"
                + ReportFormatting.text("%g%%", (fraction * 1000).rounded() / 10) + "</text>"
        }
        let tick = maximumDay > 1500 ? 365.0 : maximumDay > 600 ? 180.0 : 90.0
        var day = 0.0
        while day <= maximumDay {
            svg += "<line class=\"tickline\" x1=\"\(f(x(day)))\" x2=\"\(f(x(day)))\" y1=\"\(f(margin + plotHeight))\" y2=\"\(f(margin + plotHeight + 4))\"/>"
            svg += "<text class=\"tick\" x=\"\(f(x(day)))\" y=\"\(f(margin + plotHeight + 17))\" text-anchor=\"middle\">\(Int(day))</text>"
            day += tick
        }
        svg += "<text class=\"tick\" x=\"\(f(width - right))\" y=\"\(f(height - 2))\" text-anchor=\"end\">days since the case began</text>"
        svg += "<line class=\"axis\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(margin + plotHeight))\" y2=\"\(f(margin + plotHeight))\"/>"
        return svg
    }

    /// `steps`: the nonparametric curve; `curves`: (CSS class, values at `days`).
    func render(steps: [CalibrationReport.IncidencePoint], days: [Double], curves: [(String, [Double])], label: String) -> String {
        var body = axes()
        let points = [CalibrationReport.IncidencePoint(day: 0, incidence: 0, standardError: 0, low: 0, high: 0)]
            + steps.filter { $0.day <= maximumDay }
        var line = "M\(f(x(0))),\(f(y(0)))"
        var upper = "M\(f(x(0))),\(f(y(0)))"
        var lower: [String] = []
        for (previous, point) in zip(points, points.dropFirst()) {
            line += " H\(f(x(point.day))) V\(f(y(point.incidence)))"
            upper += " H\(f(x(point.day))) V\(f(y(point.high)))"
            lower.append("\(f(x(point.day))),\(f(y(point.low))) \(f(x(point.day))),\(f(y(previous.low)))")
        }
        let last = points.last ?? points[0]
        line += " H\(f(x(maximumDay)))"
        upper += " H\(f(x(maximumDay))) V\(f(y(last.low)))"
        let band = upper + " L" + lower.reversed().joined(separator: " ") + " \(f(x(0))),\(f(y(0))) Z"
        body += "<path class=\"band\" d=\"\(band)\"/><path class=\"curve\" d=\"\(line)\"/>"
        for (style, values) in curves {
            let drawn = zip(days, values).filter { $0.0 <= maximumDay && $0.1.isFinite }
            guard drawn.count > 1 else { continue }
            body += "<path class=\"\(style)\" d=\"M" + drawn.map { "\(f(x($0.0))),\(f(y($0.1)))" }.joined(separator: " L") + "\"/>"
        }
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">\(body)</svg>"
    }
}

import Foundation

/// A tornado chart as inline SVG (no scripts, no stylesheet needed): one
/// horizontal bar per row from 0 to its value, with its interval as a
/// whisker, on a symmetric axis; positive bars blue, negative red.
public enum TornadoChart {
    public struct Bar: Sendable {
        public var label: String
        public var estimate: Estimate

        public init(label: String, estimate: Estimate) {
            self.label = label
            self.estimate = estimate
        }
    }

    static let width = 560.0
    static let labelWidth = 210.0
    static let right = 32.0
    static let rowHeight = 22.0
    static let top = 8.0
    static let bottom = 26.0

    /// The chart of `bars` in the given order; `tick` prints an axis value
    /// (two decimals by default); `label` names the chart for screen
    /// readers. Empty for no bars.
    public static func svg(_ bars: [Bar], label: String, tick: ((Double) -> String)? = nil) -> String {
        guard !bars.isEmpty else { return "" }
        let tick = tick ?? { ReportFormatting.number($0, digits: 2) }
        let extent = niceExtent(bars.flatMap { [$0.estimate.low, $0.estimate.high, $0.estimate.value] }.filter(\.isFinite))
        let height = top + rowHeight * Double(bars.count) + bottom
        let plotLeft = labelWidth, plotWidth = width - labelWidth - right
        func x(_ value: Double) -> Double { plotLeft + plotWidth * (min(max(value, -extent), extent) + extent) / (2 * extent) }
        func f(_ value: Double) -> String { ReportFormatting.text("%.1f", value) }
        let e = HTMLText.escape
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e(label))\" "
            + "font-family=\"system-ui,sans-serif\" font-size=\"11\">"
        let bottomY = top + rowHeight * Double(bars.count)
        for step in -2...2 {
            let value = extent * Double(step) / 2
            svg += "<line x1=\"\(f(x(value)))\" x2=\"\(f(x(value)))\" y1=\"\(f(top))\" y2=\"\(f(bottomY))\" stroke=\"#e6e9f0\"/>"
            svg += "<text x=\"\(f(x(value)))\" y=\"\(f(bottomY + 16))\" text-anchor=\"middle\" fill=\"#5b6475\">\(e(tick(value)))</text>"
        }
        for (row, bar) in bars.enumerated() {
            let y = top + rowHeight * Double(row)
            let value = bar.estimate.value.isFinite ? bar.estimate.value : 0
            let name = bar.label.count > 36 ? String(bar.label.prefix(35)) + "…" : bar.label
            svg += "<g><title>\(e(bar.label)): \(e(tick(value))) (\(e(tick(bar.estimate.low))) to \(e(tick(bar.estimate.high))))</title>"
            svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + rowHeight / 2 + 4))\" text-anchor=\"end\" fill=\"#1d2433\">\(e(name))</text>"
            svg += "<rect x=\"\(f(min(x(0), x(value))))\" y=\"\(f(y + 4))\" width=\"\(f(abs(x(value) - x(0))))\" "
                + "height=\"\(f(rowHeight - 8))\" fill=\"\(value < 0 ? "#c0392b" : "#2458a6")\" opacity=\"0.8\"/>"
            if bar.estimate.low.isFinite, bar.estimate.high.isFinite {
                let middle = f(y + rowHeight / 2)
                svg += "<line x1=\"\(f(x(bar.estimate.low)))\" x2=\"\(f(x(bar.estimate.high)))\" y1=\"\(middle)\" y2=\"\(middle)\" stroke=\"#1d2433\"/>"
                for end in [bar.estimate.low, bar.estimate.high] {
                    svg += "<line x1=\"\(f(x(end)))\" x2=\"\(f(x(end)))\" y1=\"\(f(y + 7))\" y2=\"\(f(y + rowHeight - 7))\" stroke=\"#1d2433\"/>"
                }
            }
            svg += "</g>"
        }
        svg += "<line x1=\"\(f(x(0)))\" x2=\"\(f(x(0)))\" y1=\"\(f(top))\" y2=\"\(f(bottomY))\" stroke=\"#8a93a6\"/>"
        return svg + "</svg>"
    }

    /// The outcome's drivers by SRRC (with their intervals), largest first,
    /// at most `limit`; parameters without a coefficient are left out.
    public static func drivers(_ outcome: DriversSummary.OutcomeDrivers, limit: Int = 10) -> String {
        svg(outcome.drivers.prefix(limit).compactMap { driver in driver.srrc.map { Bar(label: driver.path, estimate: $0) } },
            label: "Drivers of \(outcome.label): standardised rank regression coefficients")
    }

    /// What each mechanic adds to outcome `id` (with − without), in
    /// percentage points for probabilities, largest magnitude first.
    public static func attribution(_ summary: AttributionSummary, outcome id: String) -> String {
        let rows = summary.mechanics.compactMap { mechanic in
            mechanic.changes.first { $0.id == id }.map { (mechanic.title, $0) }
        }.sorted { (abs($0.1.contribution.value), $1.0) > (abs($1.1.contribution.value), $0.0) }
        guard let first = rows.first?.1 else { return "" }
        let probability = first.measure == "probability"
        return svg(rows.map { Bar(label: $0.0, estimate: $0.1.contribution) },
                   label: "What each mechanic adds to \(first.label)",
                   tick: probability ? { ReportFormatting.text("%+.1f pp", $0 * 100) } : { ReportFormatting.number($0, digits: 2) })
    }

    /// A symmetric axis extent covering `values`: 1, 2 or 5 × a power of ten.
    static func niceExtent(_ values: [Double]) -> Double {
        let largest = values.map(abs).max() ?? 0
        guard largest > 0 else { return 1 }
        let power = pow(10, log10(largest).rounded(.down))
        for multiple in [1.0, 2, 5, 10] where multiple * power >= largest { return multiple * power }
        return 10 * power
    }
}

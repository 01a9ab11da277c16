import Foundation

extension SweepReport {
    /// One analysis as an SVG bar chart, a row per factor (by its label):
    /// tornado swings (high minus low), Sobol ST (light) and S1 (dark) with
    /// their 95% intervals, or rank regression coefficients.
    func chart(_ analysis: Sensitivity) -> String {
        let rowHeight = 26.0
        let longest = analysis.entries.map { name(ofFactor: $0.factor).count }.max() ?? 10
        let left = min(max(Double(longest) * 6.2 + 16, 120), 330)
        let width = left + 380
        let plot = width - left - 56
        let height = Double(analysis.entries.count) * rowHeight + 24
        func f(_ x: Double) -> String { ReportFormatting.text("%.1f", x) }
        var svg = ""
        let values: [(Double, Double?)] = analysis.entries.map { entry in
            switch analysis.method {
            case "tornado": ((entry.atHigh ?? 0) - (entry.atLow ?? 0), nil)
            case "sobol": (entry.firstOrder?.value ?? 0, entry.total?.value)
            default: (entry.srrc ?? 0, nil)
            }
        }
        // Sobol indices on a common axis from 0 to 1, widened (to at most −0.5 and 1.5) for
        // estimates and intervals outside it; the others symmetric about 0, scaled to the largest.
        let x: (Double) -> Double
        if analysis.method == "sobol" {
            let ends = analysis.entries.flatMap { [$0.firstOrder, $0.total].compactMap { $0 }.flatMap { [$0.value, $0.low, $0.high] } }
                .filter(\.isFinite)
            let low = max(min(ends.min() ?? 0, 0), -0.5)
            let high = min(max(ends.max() ?? 1, 1), 1.5)
            x = { left + (min(max($0, low), high) - low) / (high - low) * plot }
        } else {
            let scale = max(values.map { abs($0.0) }.max() ?? 1, 1e-9)
            x = { left + plot / 2 + $0 / scale * plot / 2 }
        }
        let zero = x(0)
        for (row, (entry, value)) in zip(analysis.entries, values).enumerated() {
            let y = Double(row) * rowHeight + 6
            svg += "<text class=\"tick\" x=\"\(f(left - 8))\" y=\"\(f(y + 14))\" text-anchor=\"end\">\(HTMLText.escape(name(ofFactor: entry.factor)))</text>"
            if let total = value.1 {
                svg += "<rect class=\"st\" x=\"\(f(min(zero, x(total))))\" y=\"\(f(y))\" width=\"\(f(abs(x(total) - zero)))\" height=\"18\"><title>ST \(ReportFormatting.text("%.3f", total))</title></rect>"
            }
            let end = x(value.0)
            svg += "<rect class=\"\(value.0 < 0 ? "neg" : "bar")\" x=\"\(f(min(zero, end)))\" y=\"\(f(y + (value.1 == nil ? 0 : 4)))\" width=\"\(f(abs(end - zero)))\" height=\"\(value.1 == nil ? 18 : 10)\"><title>\(ReportFormatting.text("%.3f", value.0))</title></rect>"
            // The value goes right of its bars (and of the axis, for a bar growing left).
            let text = max(zero, end, value.1.map(x) ?? zero) + 4
            svg += "<text class=\"tick\" x=\"\(f(text))\" y=\"\(f(y + 13))\">\(ReportFormatting.text("%.2f", value.0))</text>"
            for (ci, line, offset) in [(entry.firstOrder, "ci", 9.0), (entry.total, "ci st", 16.0)] {
                guard let ci else { continue }
                svg += "<line class=\"\(line)\" x1=\"\(f(x(ci.low)))\" x2=\"\(f(x(ci.high)))\" y1=\"\(f(y + offset))\" y2=\"\(f(y + offset))\"/>"
            }
        }
        svg += "<line class=\"axis\" x1=\"\(f(zero))\" x2=\"\(f(zero))\" y1=\"0\" y2=\"\(f(height - 18))\"/>"
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\">\(svg)</svg>"
    }
}

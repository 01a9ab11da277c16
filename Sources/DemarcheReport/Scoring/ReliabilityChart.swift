import Foundation

/// An inline SVG reliability diagram: the forecast probability (x) against
/// the observed frequency (y) of each bin, a point sized by the bin's count
/// with its Wilson 95% interval, the diagonal of perfect reliability and the
/// overall observed frequency (dotted).
struct ReliabilityChart {
    let side = 340.0
    let left = 52.0
    let right = 14.0
    let top = 12.0
    let bottom = 42.0

    var width: Double { left + side + right }
    var height: Double { top + side + bottom }

    func x(_ p: Double) -> Double { left + side * min(max(p, 0), 1) }
    func y(_ p: Double) -> Double { top + side * (1 - min(max(p, 0), 1)) }
    func f(_ value: Double) -> String { ReportFormatting.text("%.1f", value) }

    func axes() -> String {
        var svg = ""
        for step in 0...10 {
            let p = Double(step) / 10
            svg += "<line class=\"grid\" x1=\"\(f(x(0)))\" x2=\"\(f(x(1)))\" y1=\"\(f(y(p)))\" y2=\"\(f(y(p)))\"/>"
            svg += "<line class=\"grid\" x1=\"\(f(x(p)))\" x2=\"\(f(x(p)))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(1)))\"/>"
            guard step % 2 == 0 else { continue }
            svg += "<text class=\"tick\" x=\"\(f(x(0) - 6))\" y=\"\(f(y(p) + 4))\" text-anchor=\"end\">\(step * 10)%</text>"
            svg += "<text class=\"tick\" x=\"\(f(x(p)))\" y=\"\(f(y(0) + 16))\" text-anchor=\"middle\">\(step * 10)%</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(f(x(0)))\" x2=\"\(f(x(1)))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(0)))\"/>"
        svg += "<line class=\"axis\" x1=\"\(f(x(0)))\" x2=\"\(f(x(0)))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(1)))\"/>"
        svg += "<text class=\"tick\" x=\"\(f(x(0.5)))\" y=\"\(f(height - 4))\" text-anchor=\"middle\">forecast probability</text>"
        svg += "<text class=\"tick\" transform=\"translate(12 \(f(y(0.5)))) rotate(-90)\" text-anchor=\"middle\">observed frequency</text>"
        return svg
    }

    func render(_ decomposition: BrierDecomposition, observed: Double, label: String) -> String {
        var body = axes()
        body += "<line class=\"diagonal\" x1=\"\(f(x(0)))\" y1=\"\(f(y(0)))\" x2=\"\(f(x(1)))\" y2=\"\(f(y(1)))\"/>"
        body += "<line class=\"climatology\" x1=\"\(f(x(0)))\" x2=\"\(f(x(1)))\" y1=\"\(f(y(observed)))\" y2=\"\(f(y(observed)))\">"
            + "<title>observed frequency of all questions: \(ReportFormatting.percent(observed))</title></line>"
        let largest = Double(decomposition.bins.map(\.count).max() ?? 1)
        for bin in decomposition.bins {
            let cx = f(x(bin.meanForecast))
            let radius = 3 + 7 * (Double(bin.count) / largest).squareRoot()
            let tip = "\(ScoreReport.range(bin)): \(bin.count) question"
                + "\(bin.count == 1 ? "" : "s"), mean forecast \(ReportFormatting.percent(bin.meanForecast)), observed "
                + "\(ReportFormatting.percent(bin.observed.value)) (95% CI \(ReportFormatting.interval(bin.observed)))"
            body += "<g><title>\(HTMLText.escape(tip))</title>"
            body += "<line class=\"whisker\" x1=\"\(cx)\" x2=\"\(cx)\" y1=\"\(f(y(bin.observed.low)))\" y2=\"\(f(y(bin.observed.high)))\"/>"
            body += "<circle class=\"point\" cx=\"\(cx)\" cy=\"\(f(y(bin.observed.value)))\" r=\"\(f(radius))\"/></g>"
        }
        return "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(HTMLText.escape(label))\">\(body)</svg>"
    }
}

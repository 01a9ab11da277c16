import Foundation

/// Number formats shared by the renderers.
enum ReportFormatting {
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }

    static func interval(_ estimate: Estimate) -> String {
        String(format: "%.1f–%.1f%%", estimate.low * 100, estimate.high * 100)
    }

    static func number(_ value: Double, digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }

    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, character) in digits.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return String(result.reversed())
    }

    /// "2020-03-01 · 2020-09-19 · 2021-05-02", with "—" for quantiles not reached.
    static func dates(_ quantiles: OutcomeSummary.DateQuantiles?) -> String {
        guard let quantiles else { return "—" }
        return [quantiles.p10, quantiles.median, quantiles.p90].map { $0 ?? "not reached" }.joined(separator: " · ")
    }
}

import Foundation

/// Number formats shared by the renderers.
public enum ReportFormatting {
    /// `String(format:)` without negative zeros: a value that rounds to zero
    /// prints as 0 (or +0 under a `%+` format), never as -0 or -0.0.
    static func text(_ format: String, _ arguments: CVarArg...) -> String {
        let formatted = String(format: format, arguments: arguments)
        guard formatted.contains("-0") else { return formatted }
        let range = NSRange(formatted.startIndex..., in: formatted)
        return negativeZero.stringByReplacingMatches(
            in: formatted, range: range, withTemplate: format.contains("%+") ? "+$1" : "$1")
    }

    /// A minus sign before a zero with only zeros after its point, not part of
    /// a larger number (`-0`, `-0.00`; not `-0.01`, `-10`, `1e-05`).
    // A literal pattern, valid by inspection.
    private static let negativeZero = try! NSRegularExpression(pattern: "(?<![0-9.eE])-(0(?:\\.0+)?)(?![0-9.])")

    static func percent(_ value: Double) -> String { ReportFormatting.text("%.1f%%", value * 100) }

    static func interval(_ estimate: Estimate) -> String {
        ReportFormatting.text("%.1f–%.1f%%", estimate.low * 100, estimate.high * 100)
    }

    static func number(_ value: Double, digits: Int = 3) -> String { ReportFormatting.text("%.\(digits)f", value) }

    public static func grouped(_ value: Int) -> String {
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

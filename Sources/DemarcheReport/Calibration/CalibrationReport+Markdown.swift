import Foundation

extension CalibrationReport {
    /// Markdown for the terminal and for pull requests.
    public func markdown() -> String {
        typealias F = ReportFormatting
        var out = "# Reference class: \(manifest.name)\n\n"
        out += "- reference file: \(manifest.referenceFile) (SHA-256 \(manifest.referenceSHA256.prefix(16))…)\n"
        out += "- cases: \(manifest.casesFile) (SHA-256 \(manifest.casesSHA256.prefix(16))…), published \(manifest.published)\n"
        out += "- citation: \(manifest.citation)\n"
        out += "- coarse dates: \(manifest.coarseDates); tool: demarche \(manifest.toolVersion) (GSL \(manifest.gslVersion))\n"
        out += ToolCommit.markdownLine(manifest.toolCommit) + "\n"

        out += "## Cases\n\n"
        var rows = [["rows in the case file", "\(counts.rows)"], ["selected", "\(counts.selected)"],
                    ["used", "\(counts.cases)"], ["with an imputed (coarse) date", "\(counts.imputed)"]]
        rows += incidence.map { ["ended: \($0.cause)", "\(counts.events[$0.cause] ?? 0)"] }
        rows.append(["censored (still running when last seen)", "\(counts.censored)"])
        rows += counts.notes.sorted { $0.key < $1.key }.map { ["\($0.key.hasPrefix("kept") ? "" : "left out: ")\($0.key)", "\($0.value)"] }
        out += MarkdownTable(header: ["", "count"], rows: rows, rightAligned: [1]).rendered + "\n"

        out += "## Cumulative incidence (Aalen–Johansen, 95% CI)\n\n"
        out += MarkdownTable(
            header: ["cause"] + checkpoints.map(Self.days),
            rows: incidence.map { cause in
                [cause.cause] + cause.checkpoints.map { "\(F.percent($0.incidence)) (\(F.percent($0.low))–\(F.percent($0.high)))" }
            },
            rightAligned: Set(1...max(1, checkpoints.count))).rendered + "\n"

        out += "## Cause-specific hazards (maximum likelihood, right-censored)\n\n"
        out += "Exponential: h(t) = rate; Weibull: h(t) = (k/λ)(t/λ)^(k−1), t in days. "
        out += "Cases ending in another cause are censored for this one.\n\n"
        out += fitTable(fits)
        if !covariateFits.isEmpty {
            out += "\n## With covariates (proportional hazards, log hazard ratios)\n\n"
            out += fitTable(covariateFits)
        }

        out += "\n## Fit check: parametric against Aalen–Johansen\n\n"
        out += "z = (parametric − Aalen–Johansen) ÷ its standard error; |z| > 2 flags a poor fit.\n\n"
        let forms = Array(Set(fits.map(\.form))).sorted()
        var checkRows: [[String]] = []
        for cause in incidence {
            for (index, point) in cause.checkpoints.enumerated() {
                var row = [cause.cause, Self.days(point.day), F.percent(point.incidence)]
                for form in forms {
                    guard let fit = fits.first(where: { $0.cause == cause.cause && $0.form == form }), index < fit.incidence.count,
                        fit.incidence[index].isFinite
                    else { row.append("—"); continue }
                    let z = point.standardError > 0 ? (fit.incidence[index] - point.incidence) / point.standardError : 0
                    row.append("\(F.percent(fit.incidence[index])) (z \(ReportFormatting.text("%+.1f", z)))")
                }
                checkRows.append(row)
            }
        }
        out += MarkdownTable(header: ["cause", "day", "Aalen–Johansen"] + forms, rows: checkRows,
                             rightAligned: Set(1..<(3 + forms.count))).rendered
        out += "\n## Decision snippet\n\nThe preferred form (lowest AIC) of each cause, to paste into a scenario's decision:\n\n"
        out += "```yaml\n\(snippet)```\n"
        return out
    }

    private func fitTable(_ fits: [Fit]) -> String {
        typealias F = ReportFormatting
        var rows: [[String]] = []
        for fit in fits {
            guard fit.failure == nil else {
                rows.append([fit.cause, fit.form, "\(fit.events)", "not fitted: \(fit.failure ?? "")", "", "", "", "", ""])
                continue
            }
            let parameters = fit.baseline + fit.coefficients
            for (index, parameter) in parameters.enumerated() {
                let first = index == 0
                rows.append([
                    first ? fit.cause : "", first ? fit.form : "", first ? "\(fit.events)" : "", parameter.name,
                    Self.significant(parameter.estimate), Self.significant(parameter.standardError),
                    "\(Self.significant(parameter.low))–\(Self.significant(parameter.high))",
                    first ? fit.logLikelihood.map { F.number($0, digits: 2) } ?? "" : "",
                    first ? fit.aic.map { F.number($0, digits: 2) + (fit.preferred ? " ◀" : "") } ?? "" : "",
                ])
            }
        }
        return MarkdownTable(header: ["cause", "form", "events", "parameter", "estimate", "SE", "95% CI", "log L", "AIC"],
                             rows: rows, rightAligned: [2, 4, 5, 7, 8]).rendered
    }

    static func days(_ day: Double) -> String {
        day == day.rounded() ? "\(Int(day)) d" : ReportFormatting.text("%.1f d", day)
    }

    static func significant(_ value: Double) -> String { ReportFormatting.text("%.4g", value) }
}

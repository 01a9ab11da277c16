extension Report {
    /// Rows of each outcome's drivers the Markdown and HTML tables show (JSON and CSV have them all).
    static let shownDrivers = 10

    var driversNote: String {
        guard let drivers else { return "" }
        if let note = drivers.note { return note }
        let sample = drivers.runs == drivers.totalRuns ? "all \(ReportFormatting.grouped(drivers.runs)) runs"
            : "the first \(ReportFormatting.grouped(drivers.runs)) of \(ReportFormatting.grouped(drivers.totalRuns)) runs"
        return "What moves each outcome from run to run, over \(sample): the standardised rank regression coefficient "
            + "(SRRC) of each parameter drawn from a distribution, with R² of the rank regression, and Spearman's ρ of "
            + "the parameter alone. Intervals are simultaneous 95% over the \(drivers.inputs.count) drawn "
            + "parameter\(drivers.inputs.count == 1 ? "" : "s") (Bonferroni, z = \(ReportFormatting.number(drivers.z, digits: 2))): SRRC by its least-squares standard "
            + "error, ρ by Fisher's z (Bonett & Wright 2000). Largest |SRRC| first."
    }

    var attributionNote: String {
        guard let attribution else { return "" }
        var note = "Each mechanic switched off in turn and the \(ReportFormatting.grouped(attribution.runs)) runs repeated "
            + "with the same seed, each construct drawing from its own streams (common random numbers): contribution = "
            + "with − without, with a paired 95% interval (Newcombe 1998, method 10, for probabilities; mean ± 1.96 SE "
            + "of the per-run differences otherwise). A mechanic that cannot reach an outcome changes no run."
        if !attribution.absent.isEmpty {
            note += " Not in this scenario, so not rerun: " + attribution.absent.joined(separator: ", ") + "."
        }
        return note
    }

    func driverRows(_ outcome: DriversSummary.OutcomeDrivers) -> [[String]] {
        typealias F = ReportFormatting
        func interval(_ estimate: Estimate?) -> String {
            estimate.map { F.text("%.2f to %.2f", $0.low, $0.high) } ?? "—"
        }
        return outcome.drivers.prefix(Self.shownDrivers).map { driver in
            [driver.path, driver.srrc.map { F.number($0.value, digits: 2) } ?? "—", interval(driver.srrc),
             driver.spearman.map { F.number($0.value, digits: 2) } ?? "—", interval(driver.spearman)]
        }
    }

    static let driverHeader = ["parameter", "SRRC", "95% CI", "Spearman ρ", "95% CI"]
    static let attributionHeader = ["mechanic", "with", "without", "contribution", "95% CI", "runs changed"]

    func attributionRows(_ id: String) -> [[String]] {
        guard let attribution else { return [] }
        typealias F = ReportFormatting
        return attribution.mechanics.compactMap { mechanic in
            mechanic.changes.first { $0.id == id }.map { change in
                let probability = change.measure == "probability"
                let value: (Double) -> String = probability ? { F.percent($0) } : { F.number($0) }
                let signed: (Double) -> String = probability ? { F.text("%+.1f pp", $0 * 100) } : { F.text("%+.3f", $0) }
                return [mechanic.title, value(change.with), value(change.without), signed(change.contribution.value),
                        "\(signed(change.contribution.low)) to \(signed(change.contribution.high))",
                        F.grouped(change.changedRuns)]
            }
        }
    }

    /// The drivers and attribution sections in Markdown ("" without them).
    func driversMarkdown() -> String {
        var out = ""
        if let drivers {
            out += "\n## Drivers\n\n\(driversNote)\n"
            for outcome in drivers.outcomes {
                out += "\n### \(outcome.label)\n\nResponse: \(outcome.response)"
                out += outcome.rSquared.map { "; R² = \(ReportFormatting.number($0, digits: 2))" } ?? ""
                out += ".\n\n"
                if let note = outcome.note { out += note + "\n" }
                if !outcome.drivers.isEmpty, outcome.note == nil {
                    out += MarkdownTable(header: Self.driverHeader, rows: driverRows(outcome), rightAligned: [1, 3]).rendered
                }
            }
        }
        if let attribution {
            out += "\n## Attribution by mechanic\n\n\(attributionNote)\n"
            if !attribution.mechanics.isEmpty {
                for outcome in outcomes {
                    out += "\n### \(outcome.label)\n\n"
                    out += MarkdownTable(header: Self.attributionHeader, rows: attributionRows(outcome.id),
                                         rightAligned: [1, 2, 3, 5]).rendered
                }
            }
        }
        return out
    }

    /// The drivers and attribution sections as HTML, with tornado charts ("" without them).
    func driversHTML() -> String {
        let e = HTMLText.escape
        var body = ""
        if let drivers {
            body += "<h2>Drivers</h2><p class=\"note\">\(e(driversNote))</p><div class=\"grid tornado\">"
            for outcome in drivers.outcomes {
                let fit = outcome.rSquared.map { " · R² = \(ReportFormatting.number($0, digits: 2))" } ?? ""
                body += "<figure>\(TornadoChart.drivers(outcome, limit: Self.shownDrivers))"
                body += outcome.note.map { "<p class=\"note\">\(e($0))</p>" } ?? ""
                body += "<figcaption>\(e(outcome.label)) — \(e(outcome.response))\(e(fit))</figcaption></figure>"
            }
            body += "</div>"
        }
        if let attribution {
            body += "<h2>Attribution by mechanic</h2><p class=\"note\">\(e(attributionNote))</p>"
            if !attribution.mechanics.isEmpty {
                body += "<div class=\"grid tornado\">"
                for outcome in outcomes {
                    body += "<figure>\(TornadoChart.attribution(attribution, outcome: outcome.id))"
                    body += "<figcaption>\(e(outcome.label))</figcaption></figure>"
                }
                body += "</div><details><summary>Each outcome and mechanic</summary>"
                body += HTMLText.table(["outcome"] + Self.attributionHeader,
                                       outcomes.flatMap { outcome in attributionRows(outcome.id).map { [outcome.label] + $0 } },
                                       numeric: [2, 3, 4, 6])
                body += "</details>"
            }
        }
        return body
    }
}

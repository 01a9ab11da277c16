extension Report {
    /// The report as Markdown: readable in a terminal, renders on GitHub.
    public func markdown() -> String {
        typealias F = ReportFormatting
        var out = "# \(manifest.scenarioName)\n\n"
        out += "Forecast as of \(manifest.asOf), simulated \(manifest.start) to \(manifest.horizon): "
        out += "\(F.grouped(manifest.runs)) runs, seed \(manifest.seed).\n\n"
        out += "## Bottom line\n\n\(bottomLine(drivers: driversPanel?.bottomLine ?? []).markdown)\n"

        out += "## Manifest\n\n"
        out += "- tool: \(manifest.tool) \(manifest.toolVersion) (GSL \(manifest.gslVersion), \(manifest.generator) streams)\n"
        out += ToolCommit.markdownLine(manifest.toolCommit)
        out += "- scenario: `\(manifest.scenarioFile)` (SHA-256 `\(manifest.scenarioSHA256)`)\n"
        if !manifest.overrides.isEmpty { out += "- overrides: " + manifest.overrides.map { "`\($0)`" }.joined(separator: ", ") + "\n" }
        if let precision = manifest.untilPrecision { out += "- until precision: ±\(F.percent(precision))\n" }
        if let performance {
            out += "- wall time: \(F.number(performance.wallSeconds, digits: 2)) s on \(performance.jobs) job\(performance.jobs == 1 ? "" : "s")\n"
            out += "- speed: \(F.grouped(performance.events)) events, \(F.grouped(Int(performance.eventsPerSecond))) events/s\n"
        }

        let events = outcomes.filter { $0.kind == .event }
        if !events.isEmpty {
            out += "\n## Outcomes\n\nProbability that the event happens by the date, with a 95% Wilson interval; "
            out += "dates at which it has happened in 10%, 50%, 90% of all runs (Kaplan–Meier, censored at the horizon), "
            out += "and among runs where it happened.\n\n"
            out += MarkdownTable(
                header: ["outcome", "by", "P", "95% CI", "all runs: P10 · median · P90", "when it happened: P10 · median · P90"],
                rows: events.map { outcome in
                    [outcome.label, outcome.by ?? "", outcome.probability.map { F.percent($0.value) } ?? "",
                     outcome.probability.map(F.interval) ?? "", F.dates(outcome.timeToEvent), F.dates(outcome.whenItHappened)]
                }, rightAligned: [2]).rendered
            let checkpoints = events.filter { !$0.checkpoints.isEmpty }
            if !checkpoints.isEmpty {
                out += "\n### Probability by checkpoint\n\n"
                out += MarkdownTable(
                    header: ["outcome", "date", "P", "95% CI"],
                    rows: checkpoints.flatMap { outcome in
                        outcome.checkpoints.map { [outcome.label, $0.date, F.percent($0.probability.value), F.interval($0.probability)] }
                    }, rightAligned: [2]).rendered
            }
        }

        let states = outcomes.filter { $0.kind == .inForce }
        if !states.isEmpty {
            out += "\n## Orders in force\n\nProbability that the order is in force at the end of the day "
            out += "(taken effect, not enjoined, revoked or closed), with a 95% Wilson interval.\n\n"
            out += MarkdownTable(
                header: ["outcome", "on", "P", "95% CI"],
                rows: states.map { outcome in
                    [outcome.label, outcome.by ?? "", outcome.probability.map { F.percent($0.value) } ?? "",
                     outcome.probability.map(F.interval) ?? ""]
                }, rightAligned: [2]).rendered
        }

        let quantities = outcomes.filter { $0.kind != .event && $0.kind != .inForce }
        if !quantities.isEmpty {
            out += "\n## Quantities at the horizon\n\n"
            out += MarkdownTable(
                header: ["outcome", "mean", "95% CI", "P10", "P90"],
                rows: quantities.map { outcome in
                    let mean = outcome.mean ?? Estimate(value: 0, low: 0, high: 0)
                    return [outcome.label, F.number(mean.value), "\(F.number(mean.low))–\(F.number(mean.high))",
                            F.number(outcome.p10 ?? 0), F.number(outcome.p90 ?? 0)]
                }, rightAligned: [1, 3, 4]).rendered
        }

        if !actors.isEmpty {
            out += "\n## Actors\n\nDecisions: probability of complying by the horizon, median date among those who did, "
            out += "each option, and the chance of suffering a countermeasure.\n\n"
            out += MarkdownTable(
                header: ["decision", "actor", "complied", "95% CI", "median date", "options", "retaliated against"],
                rows: actors.map { row in
                    [row.decision, row.actor, F.percent(row.complied.value), F.interval(row.complied), row.medianDate ?? "—",
                     row.options.map { "\($0.option) \(F.percent($0.probability.value))" }.joined(separator: ", "),
                     F.percent(row.retaliatedAgainst.value)]
                }, rightAligned: [2]).rendered
        }

        if !orders.isEmpty {
            let statuses = OrderRow.tableStatuses
            out += "\n## Orders\n\nProbability that each order ever reaches each status by the horizon.\n\n"
            out += MarkdownTable(
                header: ["order", "target"] + statuses,
                rows: orders.map { row in [row.order, row.target] + statuses.map { F.percent(row.statuses[$0]?.value ?? 0) } },
                rightAligned: Set(2..<(2 + statuses.count))).rendered
        }

        if !markets.isEmpty {
            out += "\n## Markets\n\nVendor share at the horizon.\n\n"
            out += MarkdownTable(
                header: ["market", "country", "vendor", "mean", "P10", "P90"],
                rows: markets.map { [$0.market, $0.country, $0.vendor, F.number($0.mean), F.number($0.p10), F.number($0.p90)] },
                rightAligned: [3, 4, 5]).rendered
        }

        if !sources.isEmpty || sourcing != nil {
            out += "\n## Sources\n\n"
            if !citedSourceRows.isEmpty {
                out += citedSourcesNote + "\n\n" + MarkdownTable(header: Self.citedSourceHeader, rows: citedSourceRows, rightAligned: [3, 4]).rendered + "\n"
            }
            if let sourcing { out += sourcing.sentence + "\n\n" }
            if !sources.isEmpty {
                out += "### Source of each parameter\n\n"
                out += MarkdownTable(header: ["parameter", "source", "value"],
                                     rows: sources.map { [$0.path, $0.source, $0.value] }).rendered
            }
        }

        out += driversMarkdown()

        out += "\n## Convergence\n\n"
        out += "Widest 95% CI half-width among the probabilities: ±\(F.percent(convergence.widestHalfWidth))"
        out += convergence.outcome.map { " (\($0))" } ?? ""
        out += " after \(F.grouped(convergence.runs)) runs.\n"
        out += precisionShortfall.map { "\n**Warning:** this run \($0)\n" } ?? ""
        return out
    }
}

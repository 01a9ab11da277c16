extension Report {
    /// The report as CSV: one table per section, each introduced by a
    /// `# section` line and followed by a blank line; headers are stable.
    public func csv() -> String {
        func table(_ name: String, _ header: [String], _ rows: [[String]]) -> String {
            "# \(name)\n" + CSVText.lines([header] + rows) + "\n"
        }
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        var manifestRows: [[String]] = [
            ["tool", "\(manifest.tool) \(manifest.toolVersion)"], ["gsl", manifest.gslVersion],
            ["scenario_file", manifest.scenarioFile], ["scenario_name", manifest.scenarioName],
            ["scenario_sha256", manifest.scenarioSHA256], ["as_of", manifest.asOf], ["start", manifest.start],
            ["horizon", manifest.horizon], ["seed", "\(manifest.seed)"], ["runs", "\(manifest.runs)"],
            ["generator", manifest.generator], ["overrides", manifest.overrides.joined(separator: " ")],
        ]
        if let performance {
            manifestRows += [["wall_seconds", "\(performance.wallSeconds)"], ["events_per_second", "\(performance.eventsPerSecond)"]]
        }
        var out = table("manifest", ["key", "value"], manifestRows)
        out += table("outcomes", ["id", "label", "kind", "by", "probability", "low", "high", "occurred",
                                  "km_p10", "km_median", "km_p90", "p10_if_happened", "median_if_happened", "p90_if_happened",
                                  "mean", "mean_low", "mean_high", "p10", "p90"],
                     outcomes.map { o in
                         [o.id, o.label, o.kind.rawValue, o.by ?? "", number(o.probability?.value), number(o.probability?.low),
                          number(o.probability?.high), o.occurred.map { "\($0)" } ?? "",
                          o.timeToEvent?.p10 ?? "", o.timeToEvent?.median ?? "", o.timeToEvent?.p90 ?? "",
                          o.whenItHappened?.p10 ?? "", o.whenItHappened?.median ?? "", o.whenItHappened?.p90 ?? "",
                          number(o.mean?.value), number(o.mean?.low), number(o.mean?.high), number(o.p10), number(o.p90)]
                     })
        out += table("checkpoints", ["id", "date", "probability", "low", "high"],
                     outcomes.flatMap { o in o.checkpoints.map { [o.id, $0.date, "\($0.probability.value)", "\($0.probability.low)", "\($0.probability.high)"] } })
        out += table("actors", ["decision", "actor", "complied", "low", "high", "median_date", "retaliated_against"],
                     actors.map { [$0.decision, $0.actor, "\($0.complied.value)", "\($0.complied.low)", "\($0.complied.high)",
                                   $0.medianDate ?? "", "\($0.retaliatedAgainst.value)"] })
        out += table("decision_options", ["decision", "option", "probability", "low", "high"],
                     actors.flatMap { row in row.options.map { [row.decision, $0.option, "\($0.probability.value)", "\($0.probability.low)", "\($0.probability.high)"] } })
        out += table("orders", ["order", "target", "status", "probability", "low", "high"],
                     orders.flatMap { row in row.statuses.keys.sorted().map { status in
                         let e = row.statuses[status]!  // key from the same dictionary
                         return [row.order, row.target, status, "\(e.value)", "\(e.low)", "\(e.high)"]
                     } })
        out += table("markets", ["market", "country", "vendor", "mean", "p10", "p90"],
                     markets.map { [$0.market, $0.country, $0.vendor, "\($0.mean)", "\($0.p10)", "\($0.p90)"] })
        out += table("sources", ["path", "source", "value"], sources.map { [$0.path, $0.source, $0.value] })
        out += table("cited_sources", ["id", "published", "citation", "url", "parameters", "facts"],
                     (citedSources ?? []).map { [$0.id, $0.published, $0.citation, $0.url ?? "", "\($0.parameters)", "\($0.facts)"] })
        out += table("sourcing", ["parameters", "assumption", "unsourced"],
                     sourcing.map { [["\($0.parameters)", "\($0.assumption)", "\($0.unsourced)"]] } ?? [])
        for extra in driversTables() { out += table(extra.name, extra.header, extra.rows) }
        out += table("convergence", ["widest_half_width", "outcome", "runs"],
                     [["\(convergence.widestHalfWidth)", convergence.outcome ?? "", "\(convergence.runs)"]])
        return out
    }
}

/// CSV as RFC 4180 writes it: fields with a comma, quote or line break quoted.
enum CSVText {
    static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// The rows, each ended by a line break.
    static func lines(_ rows: [[String]]) -> String { rows.map { $0.map(field).joined(separator: ",") + "\n" }.joined() }
}

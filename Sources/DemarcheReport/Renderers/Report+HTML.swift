import DemarcheKernel

extension Report {
    /// One self-contained HTML page: styles inline, charts as inline SVG,
    /// no scripts, no network. A briefing first (the bottom line, every
    /// probability on one axis, what drives the outcomes when the report
    /// has drivers or attribution), the detail after; prints on A4.
    public func html() -> String { html(drivers: driversPanel) }

    /// The page with a drivers panel after the overview chart, its drivers
    /// named in the bottom line; nil leaves both out.
    func html(drivers: DriversPanel?) -> String {
        typealias F = ReportFormatting
        let start = (try? CalendarDate(iso: manifest.start)) ?? CalendarDate(dayNumber: 0)
        let horizon = (try? CalendarDate(iso: manifest.horizon)) ?? start
        let chart = SVGChart(start: start, horizonDay: Double(horizon.dayNumber - start.dayNumber), width: 420, height: 170)
        let e = HTMLText.escape
        var body = "<header><h1>\(e(manifest.scenarioName))</h1>"
        body += "<p class=\"sub\">Forecast as of <b>\(manifest.asOf)</b> · simulated \(manifest.start) to \(manifest.horizon) · "
        body += "\(F.grouped(manifest.runs)) runs · seed \(manifest.seed)</p></header>"
        body += precisionShortfall.map { HTMLWarning.paragraph("This run " + $0) } ?? ""

        body += "<section class=\"bottom-line keep\"><h2>Bottom line</h2><div class=\"box\">\(bottomLine(drivers: drivers?.bottomLine ?? []).html)</div></section>"
        let overview = OutcomeOverviewChart(self)
        if !overview.rows.isEmpty {
            body += "<section class=\"keep\"><h2>All outcomes</h2><p class=\"note\">Probability of each outcome by its date "
            body += "(dot) with its 95% interval (bar), most likely first; a ring marks a higher probability by the end of the "
            body += "horizon, \(manifest.horizon).</p><figure>\(overview.svg())</figure></section>"
        }
        if let drivers { body += drivers.html }

        let events = outcomes.filter { $0.kind == .event }
        if !events.isEmpty {
            body += "<h2>Outcomes</h2>"
            body += HTMLText.table(["outcome", "by", "P", "95% CI", "all runs: P10 · median · P90", "when it happened: P10 · median · P90"],
                          events.map { o in
                              [o.label, o.by ?? "", o.probability.map { F.percent($0.value) } ?? "", o.probability.map(F.interval) ?? "",
                               Self.unbroken(F.dates(o.timeToEvent)), Self.unbroken(F.dates(o.whenItHappened))]
                          }, numeric: [2], markup: [4, 5])
            body += "<h2>Cumulative incidence</h2><p class=\"note\">Share of runs in which the event has happened by each date "
            body += "(Kaplan–Meier, censored at the horizon) with a pointwise 95% band; the dashed line marks the headline date.</p><div class=\"grid\">"
            for outcome in events {
                body += "<figure>\(chart.incidence(outcome.curve, byDay: outcome.byDay, label: outcome.label))<figcaption>\(e(outcome.label))</figcaption></figure>"
            }
            body += "</div><details class=\"screen\"><summary>When it happened: runs in which each event happened, by month</summary><div class=\"grid\">"
            for outcome in events {
                let days = outcome.values.compactMap { $0 }
                guard !days.isEmpty else { continue }
                body += "<figure>\(chart.histogram(days, label: outcome.label))<figcaption>\(e(outcome.label)) — \(F.grouped(days.count)) runs</figcaption></figure>"
            }
            body += "</div></details>"
        }
        let states = outcomes.filter { $0.kind == .inForce }
        if !states.isEmpty {
            body += "<h2>Orders in force</h2><p class=\"note\">Probability that the order is in force at the end of the day "
            body += "(taken effect, not enjoined, revoked or closed), with a 95% Wilson interval.</p>"
            body += HTMLText.table(["outcome", "on", "P", "95% CI"], states.map { o in
                [o.label, o.by ?? "", o.probability.map { F.percent($0.value) } ?? "", o.probability.map(F.interval) ?? ""]
            }, numeric: [2])
        }
        let quantities = outcomes.filter { $0.kind != .event && $0.kind != .inForce }
        if !quantities.isEmpty {
            body += "<h2>Quantities at the horizon</h2>"
            body += HTMLText.table(["outcome", "mean", "95% CI", "P10", "P90"], quantities.map { o in
                let mean = o.mean ?? Estimate(value: 0, low: 0, high: 0)
                return [o.label, F.number(mean.value), "\(F.number(mean.low))–\(F.number(mean.high))", F.number(o.p10 ?? 0), F.number(o.p90 ?? 0)]
            }, numeric: [1, 3, 4])
        }
        if !actors.isEmpty {
            body += "<h2>Actors</h2>"
            body += HTMLText.table(["decision", "actor", "complied", "95% CI", "median date", "options", "retaliated against"], actors.map { row in
                [row.decision, row.actor, F.percent(row.complied.value), F.interval(row.complied), row.medianDate ?? "—",
                 row.options.map { "\($0.option) \(F.percent($0.probability.value))" }.joined(separator: ", "), F.percent(row.retaliatedAgainst.value)]
            }, numeric: [2, 6])
        }
        if !orders.isEmpty {
            let statuses = OrderRow.tableStatuses
            body += "<h2>Orders</h2>"
            body += "<div class=\"wide\">" + HTMLText.table(["order", "target"] + statuses, orders.map { row in
                [row.order, row.target] + statuses.map { F.percent(row.statuses[$0]?.value ?? 0) }
            }, numeric: Set(2..<(2 + statuses.count))) + "</div>"
        }
        if !markets.isEmpty {
            body += "<h2>Markets</h2>"
            body += HTMLText.table(["market", "country", "vendor", "mean share", "P10", "P90"], markets.map {
                [$0.market, $0.country, $0.vendor, F.number($0.mean), F.number($0.p10), F.number($0.p90)]
            }, numeric: [3, 4, 5])
        }
        body += sourcesHTML()
        body += "<h2>Manifest</h2><dl>"
        var facts: [(String, String)] = [
            ("tool", "\(manifest.tool) \(manifest.toolVersion) (GSL \(manifest.gslVersion), \(manifest.generator))"),
        ] + ToolCommit.facts(manifest.toolCommit) + [
            ("scenario", manifest.scenarioFile), ("SHA-256", manifest.scenarioSHA256), ("seed", "\(manifest.seed)"),
            ("runs", F.grouped(manifest.runs)),
            ("convergence", "widest 95% CI half-width ±\(F.percent(convergence.widestHalfWidth))" + (convergence.outcome.map { " (\($0))" } ?? "")),
        ]
        if !manifest.overrides.isEmpty { facts.append(("overrides", manifest.overrides.joined(separator: ", "))) }
        if let performance {
            facts.append(("wall time", "\(F.number(performance.wallSeconds, digits: 2)) s on \(performance.jobs) jobs, \(F.grouped(Int(performance.eventsPerSecond))) events/s"))
        }
        body += facts.map { "<dt>\(e($0.0))</dt><dd>\(e($0.1))</dd>" }.joined() + "</dl>"
        body += parameterSourcesHTML()
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(manifest.scenarioName)) — Demarche</title>
            <style>\(Self.style)\(HTMLWarning.style)\(Self.briefingStyle)\(Self.printStyle)</style></head>
            <body>\(body)<footer>Generated by Demarche \(e(ToolCommit.describe(manifest.toolVersion, manifest.toolCommit))).</footer></body></html>

            """
    }

    /// "2020-03-01 · not reached" with each date kept on one line: a narrow
    /// column breaks between the dates, never inside one.
    static func unbroken(_ dates: String) -> String {
        dates.components(separatedBy: " · ").map { "<span class=\"d\">\(HTMLText.escape($0))</span>" }.joined(separator: " · ")
    }

    static let style = """
        :root{--ink:#1d2433;--muted:#5b6475;--line:#d9dee7;--accent:#2458a6;--band:#2458a633;--bg:#fbfcfe}
        *{box-sizing:border-box}body{margin:0 auto;max-width:1180px;padding:28px 32px 48px;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
        h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
        .sub,.note,figcaption,footer{color:var(--muted)}.note{margin:0 0 10px}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px;margin-top:20px}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px}
        .card .label{font-size:12.5px;color:var(--muted);min-height:34px}.card .big{font-size:28px;font-weight:650;color:var(--accent)}.card .ci{font-size:12px;color:var(--muted)}
        table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line);font-size:13px}
        td:not(:first-child){white-space:nowrap}th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}th{background:#f1f4f9;font-weight:600}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tbody tr:last-child td{border-bottom:none}
        .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:14px}
        figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:10px}figcaption{font-size:12.5px;margin-top:4px}
        svg{width:100%;height:auto;display:block}.grid line.grid,line.grid{stroke:#e6e9f0;stroke-width:1}.axis{stroke:#8a93a6}.tickline{stroke:#8a93a6}
        .tick{font-size:10.5px;fill:var(--muted)}.tick.year{font-weight:600;fill:var(--ink)}
        .curve{fill:none;stroke:var(--accent);stroke-width:2}.band{fill:var(--band);stroke:none}.by{stroke:#c0392b;stroke-width:1.2;stroke-dasharray:4 3}
        .bar{fill:var(--accent);opacity:.8}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px}dt{color:var(--muted)}dd{margin:0;word-break:break-all}
        .sources td:nth-child(3){white-space:normal}details{margin-top:8px}summary{cursor:pointer;color:var(--accent)}details table{margin-top:8px}
        footer{margin-top:36px;font-size:12px}
        """
}

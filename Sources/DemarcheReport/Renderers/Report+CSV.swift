extension Report {
    /// CSV to a single file or standard output: the outcomes table alone
    /// (`--format csv --out DIR/` writes every table, ``tables``).
    public func csv() -> String { outcomesTable.csv }

    /// The tables of `--format csv --out DIR/`, one file each, in long
    /// (tidy) form: one observation per row, ISO dates, the JSON report's
    /// names (nested keys joined with `_`: `probability_value`,
    /// `probability_low`, `time_to_event_median`), `not_reached` for a date
    /// never reached and an empty field where nothing applies. A new table is
    /// one more entry here.
    public var tables: [DataTable] {
        [manifestTable, outcomesTable, checkpointsTable, curvesTable, valuesTable, actorsTable, actorOptionsTable, ordersTable,
         marketsTable, sourcesTable, citedSourcesTable] + driversTables
    }

    typealias T = DataTable

    /// One row: the format and every member of the manifest, performance
    /// (absent with `--no-timing`), sourcing and convergence.
    var manifestTable: DataTable {
        let m = manifest
        var columns = ["format", "manifest_tool", "manifest_tool_version", "manifest_tool_commit", "manifest_gsl_version", "manifest_scenario_file",
                       "manifest_scenario_name", "manifest_scenario_sha256", "manifest_as_of", "manifest_start", "manifest_horizon",
                       "manifest_seed", "manifest_runs", "manifest_generator", "manifest_overrides", "manifest_until_precision"]
        var row = ["\(format)", m.tool, m.toolVersion, m.toolCommit ?? "", m.gslVersion, m.scenarioFile, m.scenarioName, m.scenarioSHA256, m.asOf, m.start,
                   m.horizon, "\(m.seed)", "\(m.runs)", m.generator, m.overrides.joined(separator: " "), T.number(m.untilPrecision)]
        if let performance {
            columns += ["performance_wall_seconds", "performance_events", "performance_events_per_second", "performance_jobs"]
            row += [T.number(performance.wallSeconds), "\(performance.events)", T.number(performance.eventsPerSecond), "\(performance.jobs)"]
        }
        if let sourcing {
            columns += ["sourcing_parameters", "sourcing_assumption", "sourcing_unsourced"]
            row += ["\(sourcing.parameters)", "\(sourcing.assumption)", "\(sourcing.unsourced)"]
        }
        columns += ["convergence_widest_half_width", "convergence_outcome", "convergence_runs"]
        row += [T.number(convergence.widestHalfWidth), convergence.outcome ?? "", "\(convergence.runs)"]
        return DataTable(name: "manifest", columns: columns, rows: [row])
    }

    /// One row per outcome.
    var outcomesTable: DataTable {
        func dates(_ quantiles: OutcomeSummary.DateQuantiles?) -> [String] {
            guard let quantiles else { return ["", "", ""] }
            return [quantiles.p10, quantiles.median, quantiles.p90].map { $0 ?? Report.notReached }
        }
        let columns = ["id", "label", "kind", "by", "by_day"] + T.estimateColumns("probability") + ["occurred"]
            + ["p10", "median", "p90"].map { "when_it_happened_\($0)" } + ["p10", "median", "p90"].map { "time_to_event_\($0)" }
            + T.estimateColumns("mean") + ["p10", "p90"]
        return DataTable(name: "outcomes", columns: columns, rows: outcomes.map { o in
            [o.id, o.label, o.kind.rawValue, o.by ?? "", T.number(o.byDay)] + T.estimate(o.probability) + [T.integer(o.occurred)]
                + dates(o.whenItHappened) + dates(o.timeToEvent) + T.estimate(o.mean)
                + [T.number(o.p10), T.number(o.p90)]
        })
    }

    /// Outcome × checkpoint date.
    var checkpointsTable: DataTable {
        DataTable(name: "checkpoints", columns: ["outcome", "date", "day"] + T.estimateColumns("probability"),
                  rows: outcomes.flatMap { o in o.checkpoints.map { [o.id, $0.date, T.number($0.day)] + T.estimate($0.probability) } })
    }

    /// The cumulative incidence of each event outcome with its 95% band, by day.
    var curvesTable: DataTable {
        DataTable(name: "curves", columns: ["outcome", "day", "date", "incidence", "low", "high"],
                  rows: outcomes.flatMap { o in
                      o.curve.map { [o.id, T.number($0.day), $0.date, T.number($0.incidence), T.number($0.low), T.number($0.high)] }
                  })
    }

    /// Outcome × run: each run's value (an event's day, empty where it did
    /// not happen by the horizon), made row by row as it is written.
    var valuesTable: DataTable {
        let outcomes = self.outcomes
        return DataTable(name: "values", columns: ["outcome", "run", "value"]) {
            var outcome = 0
            var run = 0
            return AnyIterator {
                while outcome < outcomes.count, run >= outcomes[outcome].values.count {
                    outcome += 1
                    run = 0
                }
                guard outcome < outcomes.count else { return nil }
                defer { run += 1 }
                return [outcomes[outcome].id, "\(run)", T.number(outcomes[outcome].values[run])]
            }
        }
    }

    var actorsTable: DataTable {
        DataTable(name: "actors", columns: ["decision", "actor"] + T.estimateColumns("complied") + ["median_date"]
                      + T.estimateColumns("retaliated_against"),
                  rows: actors.map { a in
                      [a.decision, a.actor] + T.estimate(a.complied) + [a.medianDate ?? Report.notReached] + T.estimate(a.retaliatedAgainst)
                  })
    }

    /// Decision × option.
    var actorOptionsTable: DataTable {
        DataTable(name: "actor_options", columns: ["decision", "actor", "option"] + T.estimateColumns("probability"),
                  rows: actors.flatMap { a in a.options.map { [a.decision, a.actor, $0.option] + T.estimate($0.probability) } })
    }

    /// Order × status, statuses in name order.
    var ordersTable: DataTable {
        DataTable(name: "orders", columns: ["order", "target", "status"] + T.estimateColumns("probability"),
                  rows: orders.flatMap { row in
                      row.statuses.sorted { $0.key < $1.key }.map { [row.order, row.target, $0.key] + T.estimate($0.value) }
                  })
    }

    var marketsTable: DataTable {
        DataTable(name: "markets", columns: ["market", "country", "vendor", "mean", "p10", "p90"],
                  rows: markets.map { [$0.market, $0.country, $0.vendor, T.number($0.mean), T.number($0.p10), T.number($0.p90)] })
    }

    var sourcesTable: DataTable {
        // A parameter's cited source ids, space-separated (ids are single words).
        DataTable(name: "sources", columns: ["path", "source", "value", "source_ids"],
                  rows: sources.map { [$0.path, $0.source, $0.value, $0.sourceIDs?.joined(separator: " ") ?? ""] })
    }

    var citedSourcesTable: DataTable {
        DataTable(name: "cited_sources", columns: ["id", "published", "citation", "url", "parameters", "facts"],
                  rows: (citedSources ?? []).map { [$0.id, $0.published, $0.citation, $0.url ?? "", "\($0.parameters)", "\($0.facts)"] })
    }
}

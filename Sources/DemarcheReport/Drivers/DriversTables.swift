/// The drivers and attribution sections as long-format tables for
/// `--format csv --out DIR/` (one observation per row, the JSON's names).
extension Report {
    /// `drivers` (one row per outcome, parameter and coefficient: `srrc`
    /// or `spearman`), `drivers_fit` (R² per outcome) and `attribution`
    /// (one row per mechanic and outcome); only the sections the report has.
    var driversTables: [DataTable] {
        typealias T = DataTable
        var tables: [DataTable] = []
        if let drivers {
            tables.append(DataTable(
                name: "drivers", columns: ["outcome", "input", "coefficient"] + T.estimateColumns("estimate"),
                rows: drivers.outcomes.flatMap { outcome in
                    outcome.drivers.flatMap { driver in
                        [("srrc", driver.srrc), ("spearman", driver.spearman)].compactMap { name, estimate in
                            estimate.map { [outcome.id, driver.path, name] + T.estimate($0) }
                        }
                    }
                }))
            tables.append(DataTable(
                name: "drivers_fit", columns: ["outcome", "response", "r_squared", "runs", "z", "note"],
                rows: drivers.outcomes.map {
                    [$0.id, $0.response, T.number($0.rSquared), "\(drivers.runs)", "\(drivers.z)", $0.note ?? ""]
                }))
        }
        if let attribution {
            tables.append(DataTable(
                name: "attribution",
                columns: ["mechanic", "outcome", "measure", "with", "without"] + T.estimateColumns("contribution") + ["changed_runs", "runs"],
                rows: attribution.mechanics.flatMap { mechanic in
                    mechanic.changes.map {
                        [mechanic.mechanic, $0.id, $0.measure, T.number($0.with), T.number($0.without)] + T.estimate($0.contribution)
                            + ["\($0.changedRuns)", "\(attribution.runs)"]
                    }
                }))
        }
        return tables
    }
}

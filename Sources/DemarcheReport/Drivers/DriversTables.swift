/// The drivers and attribution sections as long-format tables (one
/// observation per row, a header of snake_case names, plain numbers, empty
/// cells only where a value does not exist), for CSV: each is a header and
/// rows of fields, ready for any CSV writer.
public struct DriversTable: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[String]]
}

extension Report {
    /// `drivers` (one row per outcome, parameter and coefficient: `srrc`
    /// or `spearman`), `drivers_fit` (R² per outcome) and `attribution`
    /// (one row per mechanic and outcome); only the sections the report has.
    public func driversTables() -> [DriversTable] {
        func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
        var tables: [DriversTable] = []
        if let drivers {
            tables.append(DriversTable(
                name: "drivers", header: ["outcome", "input", "coefficient", "value", "lower", "upper"],
                rows: drivers.outcomes.flatMap { outcome in
                    outcome.drivers.flatMap { driver in
                        [("srrc", driver.srrc), ("spearman", driver.spearman)].compactMap { name, estimate in
                            estimate.map { [outcome.id, driver.path, name, "\($0.value)", "\($0.low)", "\($0.high)"] }
                        }
                    }
                }))
            tables.append(DriversTable(
                name: "drivers_fit", header: ["outcome", "response", "r_squared", "runs", "z", "note"],
                rows: drivers.outcomes.map {
                    [$0.id, $0.response, number($0.rSquared), "\(drivers.runs)", "\(drivers.z)", $0.note ?? ""]
                }))
        }
        if let attribution {
            tables.append(DriversTable(
                name: "attribution",
                header: ["mechanic", "outcome", "measure", "with", "without", "contribution", "lower", "upper", "changed_runs", "runs"],
                rows: attribution.mechanics.flatMap { mechanic in
                    mechanic.changes.map {
                        [mechanic.mechanic, $0.id, $0.measure, "\($0.with)", "\($0.without)", "\($0.contribution.value)",
                         "\($0.contribution.low)", "\($0.contribution.high)", "\($0.changedRuns)", "\(attribution.runs)"]
                    }
                }))
        }
        return tables
    }
}

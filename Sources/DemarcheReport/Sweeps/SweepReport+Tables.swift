extension SweepReport {
    /// The tables of `--format csv --out DIR/`, one file each, named as the
    /// JSON report names them (nested keys joined with `_`).
    public var tables: [DataTable] { [manifestTable, cellsTable, sensitivityTable] }

    typealias T = DataTable

    /// One row: the format and the manifest (factors joined by spaces).
    var manifestTable: DataTable {
        let m = manifest
        let columns = ["format"] + ["tool_version", "tool_commit", "gsl_version", "sweep_file", "sweep_sha256", "scenario_file", "scenario_name",
                                    "scenario_sha256", "design", "factors", "variants", "runs_per_variant", "seed", "generator",
                                    "failed_runs", "events"].map { "manifest_\($0)" }
        let row = ["\(format)", m.toolVersion, m.toolCommit ?? "", m.gslVersion, m.sweepFile, m.sweepSHA256, m.scenarioFile, m.scenarioName, m.scenarioSHA256,
                   m.design, m.factors.joined(separator: " "), "\(m.variants)", "\(m.runsPerVariant)", "\(m.seed)", m.generator,
                   "\(m.failedRuns)", "\(m.events)"]
        return DataTable(name: "manifest", columns: columns, rows: [row])
    }

    /// Variant × outcome, with the variant's factor values (one column per
    /// factor, named by its path) and failed runs.
    var cellsTable: DataTable {
        let columns = ["variant"] + manifest.factors + ["failed_runs", "outcome"] + T.estimateColumns("probability") + ["median_date"]
            + T.estimateColumns("mean")
        return DataTable(name: "cells", columns: columns, rows: variants.flatMap { variant in
            variant.cells.map { cell in
                ["\(variant.index)"] + variant.factors.map { T.number($0) } + ["\(variant.failedRuns)", cell.outcome]
                    + T.estimate(cell.probability) + [cell.medianDate ?? ""] + T.estimate(cell.mean)
            }
        })
    }

    /// Outcome × factor: the sensitivity entries of each analysis.
    var sensitivityTable: DataTable {
        DataTable(name: "sensitivity", columns: ["outcome", "method", "factor", "at_low", "at_high", "swing"]
                      + T.estimateColumns("first_order") + T.estimateColumns("total") + ["srrc"],
                  rows: sensitivity.flatMap { analysis in
                      analysis.entries.map { e in
                          [analysis.outcome, analysis.method, e.factor, T.number(e.atLow), T.number(e.atHigh), T.number(e.swing)]
                              + T.estimate(e.firstOrder) + T.estimate(e.total) + [T.number(e.srrc)]
                      }
                  })
    }
}

extension SweepReport.Cell {
    /// Every key written, null where nothing applies (as in run reports).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(outcome, forKey: "outcome")
        try c.encode(probability, forKey: "probability")
        try c.encode(medianDate, forKey: "median_date")
        try c.encode(mean, forKey: "mean")
    }
}

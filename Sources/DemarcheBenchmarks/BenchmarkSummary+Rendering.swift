import Foundation

extension [BenchmarkSummary] {
    /// An aligned text table, one row per benchmark and implementation.
    public func textTable() -> String {
        let header = ["benchmark", "impl", "events", "median wall s", "median events/s", "vs demarche", "result"]
        let rows = map { summary -> [String] in
            [
                summary.benchmark, summary.implementation, String(summary.engineEvents),
                String(format: "%.4f", summary.medianWallSeconds),
                String(format: "%.3fM", summary.medianEventsPerSecond / 1e6),
                summary.relativeToDemarche < 0.1
                    ? String(format: "1/%.0f×", 1 / summary.relativeToDemarche) : String(format: "%.2f×", summary.relativeToDemarche),
                summary.resultLine,
            ]
        }
        let table = [header] + rows
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        return table.map { row in
            row.enumerated().map { column, cell in
                cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    /// JSON with sorted keys, one object per row.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }
}

extension BenchmarkSummary {
    /// The figure that shows the run is right: timeouts fired, or the mean
    /// wait next to its analytic value.
    var resultLine: String {
        if let meanWait, let analyticWait {
            return String(format: "%d %@, mean wait %.4f (analytic %.1f)", modelUnits, unit, meanWait, analyticWait)
        }
        if unit == "replications" {
            return String(format: "%d %@, %.2f µs each", modelUnits, unit, medianSecondsPerUnit * 1e6)
        }
        return "\(modelUnits) \(unit)"
    }
}

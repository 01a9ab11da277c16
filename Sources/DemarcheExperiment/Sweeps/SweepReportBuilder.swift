import Foundation
import DemarcheKernel
import DemarcheReport

/// Builds a ``SweepReport`` from a sweep's header and the results of all its
/// work items, checking that every item is there exactly once.
public enum SweepReportBuilder {
    public enum Failure: Error, CustomStringConvertible {
        case duplicate(WorkItem, String)
        case missing(count: Int, first: WorkItem, shard: String)
        case incomplete(String)

        public var description: String {
            switch self {
            case .duplicate(let item, let origin):
                "\(item.label) occur twice (\(origin))"
            case .missing(let count, let first, let shard):
                "\(count) work item\(count == 1 ? " is" : "s are") missing, e.g. \(first.label)\(shard)"
            case .incomplete(let reason): reason
            }
        }
    }

    /// Checks completeness and uniqueness: `origins[i]` names where results[i] came from.
    public static func complete(
        _ header: SweepHeader, _ results: [WorkItemResult], origins: [String], shardCount: Int? = nil
    ) throws(Failure) -> [WorkItem: WorkItemResult] {
        var byItem: [WorkItem: (WorkItemResult, String)] = [:]
        for (result, origin) in zip(results, origins) {
            if let (_, earlier) = byItem[result.item] {
                throw .duplicate(result.item, earlier == origin ? "in \(origin)" : "in \(earlier) and \(origin)")
            }
            byItem[result.item] = (result, origin)
        }
        let all = header.items
        let missing = all.enumerated().filter { byItem[$0.element] == nil }
        if let (index, first) = missing.first {
            let shard = shardCount.map { " (from shard \(index % $0 + 1)/\($0))" } ?? ""
            throw .missing(count: missing.count, first: first, shard: shard)
        }
        guard byItem.count == all.count else {
            throw .incomplete("the parts contain work items that do not belong to this sweep")
        }
        return byItem.mapValues(\.0)
    }

    public static func report(_ header: SweepHeader, _ results: [WorkItem: WorkItemResult]) throws(Failure) -> SweepReport {
        let start = (try? CalendarDate(iso: header.start)) ?? CalendarDate(dayNumber: 0)
        let itemsByVariant = Dictionary(grouping: header.items, by: \.variant)
        var events = 0
        var variants: [SweepReport.Variant] = []
        for (variant, factors) in header.rows.enumerated() {
            let mine = (itemsByVariant[variant] ?? []).compactMap { results[$0] }
            for result in mine {
                let (sum, overflow) = events.addingReportingOverflow(result.events)
                guard !overflow else { throw .incomplete("the sweep's event count overflows (\(result.item.label) has \(result.events))") }
                events = sum
            }
            let failed = mine.reduce(0) { $0 + $1.failures }
            let cells = header.outcomes.enumerated().map { outcome, info -> SweepReport.Cell in
                let values = mine.flatMap { $0.values[outcome] }
                let valid = values.filter { !($0?.isNaN ?? false) }
                // Every run failed: no estimate at all, rather than a made-up 0.
                guard !valid.isEmpty else { return SweepReport.Cell(outcome: info.id, probability: nil, medianDate: nil, mean: nil) }
                switch info.kind {
                case .event:
                    let happened = valid.compactMap { $0 }
                    let hits = happened.count { $0 < (info.byDay ?? .infinity) }
                    let median = SampleQuantiles.quantiles(happened, [0.5])?.first
                    return SweepReport.Cell(
                        outcome: info.id, probability: ProportionInterval.wilson(successes: hits, trials: valid.count),
                        medianDate: median.map { start.adding(days: Int($0.rounded(.down))).description }, mean: nil)
                case .inForce:
                    let inForce = valid.count { $0 == 1 }
                    return SweepReport.Cell(
                        outcome: info.id, probability: ProportionInterval.wilson(successes: inForce, trials: valid.count), medianDate: nil, mean: nil)
                default:
                    return SweepReport.Cell(outcome: info.id, probability: nil, medianDate: nil, mean: SampleQuantiles.mean(valid.compactMap { $0 }))
                }
            }
            variants.append(SweepReport.Variant(index: variant, factors: factors, cells: cells, failedRuns: failed))
        }
        let manifest = SweepReport.Manifest(
            toolVersion: header.toolVersion, gslVersion: header.gslVersion, sweepFile: header.sweepFile,
            sweepSHA256: header.sweepSHA256, scenarioFile: header.scenarioFile, scenarioName: header.scenarioName,
            scenarioSHA256: header.scenarioSHA256, design: header.design, factors: header.factors, variants: header.rows.count,
            runsPerVariant: header.runs, seed: header.seed, generator: header.generator.rawValue, failedRuns: variants.reduce(0) { $0 + $1.failedRuns }, events: events,
            toolCommit: header.toolCommit, factorLabels: header.factorLabels)
        let sensitivity = try header.outcomes.indices.map { (outcome: Int) throws(Failure) -> SweepReport.Sensitivity in
            try analyse(header, variants.map { $0.cells[outcome].metric }, outcome: header.outcomes[outcome].id)
        }
        return SweepReport(
            manifest: manifest, outcomes: header.outcomes.map { SweepReport.OutcomeInfo(id: $0.id, label: $0.label, kind: $0.kind) },
            variants: variants, sensitivity: sensitivity)
    }

    /// The sensitivity analysis the design supports, on each variant's metric
    /// (probability, or mean).
    static func analyse(_ header: SweepHeader, _ metrics: [Double?], outcome: String) throws(Failure) -> SweepReport.Sensitivity {
        let factors = header.factors
        switch header.design {
        case "oat":
            guard let base = metrics[0] else { return .init(outcome: outcome, method: "tornado", note: "The base variant has no valid runs.", entries: []) }
            // A variant whose runs all failed has no value: its swing is unknown and listed last.
            let entries = factors.indices.map { i in
                let low = metrics[1 + 2 * i]
                let high = metrics[2 + 2 * i]
                return SweepReport.Entry(factor: factors[i], atLow: low, atHigh: high,
                                         swing: low.flatMap { l in high.map { abs($0 - l) } })
            }.sorted { ($0.swing ?? -1, $1.factor) > ($1.swing ?? -1, $0.factor) }
            return .init(outcome: outcome, method: "tornado",
                         note: "One factor at a time from the base (\(String(format: "%.3f", base))): the outcome at each factor's low and high, widest swing first.",
                         entries: entries)
        case "saltelli":
            let valid = metrics.compactMap { $0 }
            guard valid.count == metrics.count else {
                throw .incomplete("Sobol analysis of '\(outcome)' needs every variant of the Saltelli design, but \(metrics.count - valid.count) variants have no valid runs")
            }
            let n = header.baseSize
            let a = Array(valid[0..<n])
            let b = Array(valid[n..<(2 * n)])
            let ab = factors.indices.map { i in Array(valid[((2 + i) * n)..<((3 + i) * n)]) }
            let indices = SobolIndices.estimate(a: a, b: b, ab: ab)
            let entries = factors.indices.map { i in
                SweepReport.Entry(factor: factors[i], firstOrder: indices.firstOrder[i], total: indices.total[i])
            }.sorted { ($0.total?.value ?? 0, $1.factor) > ($1.total?.value ?? 0, $0.factor) }
            return .init(outcome: outcome, method: "sobol",
                         note: "Sobol first-order (S1) and total (ST) indices, Saltelli 2010 and Jansen estimators, 95% bootstrap intervals over the \(n) base rows; largest ST first.",
                         entries: entries)
        case "lhs", "sobol":
            let pairs = zip(header.rows, metrics).compactMap { row, metric in metric.map { (row, $0) } }
            guard let fit = RankRegression.fit(inputs: pairs.map(\.0), output: pairs.map(\.1)) else {
                return .init(outcome: outcome, method: "srrc", note: "Too few variants for a rank regression.", entries: [])
            }
            let entries = factors.indices.map { SweepReport.Entry(factor: factors[$0], srrc: fit.coefficients[$0]) }
                .sorted { (abs($0.srrc ?? 0), $1.factor) > (abs($1.srrc ?? 0), $0.factor) }
            return .init(outcome: outcome, method: "srrc",
                         note: "Standardised rank regression coefficients (R² = \(String(format: "%.2f", fit.rSquared))); largest magnitude first.",
                         entries: entries)
        default:
            return .init(outcome: outcome, method: "none",
                         note: "The \(header.design) design has no sensitivity ranking; compare the variant rows.", entries: [])
        }
    }
}

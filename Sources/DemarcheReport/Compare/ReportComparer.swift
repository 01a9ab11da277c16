import CDemarcheGSL

/// Compares two reports: for each outcome in both, the difference B − A with
/// a 95% CI — Newcombe's interval for probabilities, a percentile bootstrap
/// for median dates, Welch's for means — and a verdict by equivalence testing
/// against a margin (two one-sided tests, Schuirmann 1987), with Holm's
/// correction across all rows: PASS where equivalence is shown, else FAIL
/// where a difference beyond the margin is shown, else INCONCLUSIVE.
public struct ReportComparer: Sendable {
    /// Margin for probabilities and for shares/attributes (absolute, 0…1 scale).
    public var margin: Double
    /// Margin for median dates, in days.
    public var dateMargin: Double
    /// Margin for counts, in counted events.
    public var countMargin: Double
    /// Family-wise error rate.
    public var alpha: Double
    public var allowDifferentScenarios: Bool
    /// Compare reports drawn with different generators (`--generator`).
    public var allowDifferentGenerators: Bool

    public init(margin: Double = 0.05, dateMargin: Double = 30, countMargin: Double = 0.25, alpha: Double = 0.05,
                allowDifferentScenarios: Bool = false, allowDifferentGenerators: Bool = false) {
        self.margin = margin
        self.dateMargin = dateMargin
        self.countMargin = countMargin
        self.alpha = alpha
        self.allowDifferentScenarios = allowDifferentScenarios
        self.allowDifferentGenerators = allowDifferentGenerators
    }

    public func compare(_ a: Report, named nameA: String, _ b: Report, named nameB: String) throws(ComparisonError) -> Comparison {
        for (report, name) in [(a, nameA), (b, nameB)] where report.format != Report.formatVersion {
            throw .formatVersion(file: name, found: report.format)
        }
        let same = a.manifest.scenarioSHA256 == b.manifest.scenarioSHA256
        guard same || allowDifferentScenarios else { throw .differentScenarios(a.manifest.scenarioSHA256, b.manifest.scenarioSHA256) }
        let sameGenerator = a.manifest.generator == b.manifest.generator
        guard sameGenerator || allowDifferentGenerators else { throw .differentGenerators(a.manifest.generator, b.manifest.generator) }
        var notes: [String] = []
        if !sameGenerator { notes.append("Different random generators: \(a.manifest.generator) vs \(b.manifest.generator).") }
        if !same { notes.append("Different scenarios (variants): \(a.manifest.scenarioName) vs \(b.manifest.scenarioName).") }
        if a.manifest.toolVersion != b.manifest.toolVersion {
            notes.append("Different Demarche versions: \(a.manifest.toolVersion) vs \(b.manifest.toolVersion).")
        }
        if a.manifest.toolCommit != b.manifest.toolCommit {
            notes.append("Different Demarche builds: commit \(a.manifest.toolCommit ?? "not recorded") vs \(b.manifest.toolCommit ?? "not recorded").")
        }
        if a.manifest.overrides != b.manifest.overrides {
            notes.append("Different overrides: [\(a.manifest.overrides.joined(separator: ", "))] vs [\(b.manifest.overrides.joined(separator: ", "))].")
        }
        let byID = Dictionary(b.outcomes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var raw: [(row: Comparison.Row, pEquivalence: Double, pDifference: Double)] = []
        var changedKinds: [Comparison.KindChange] = []
        for outcomeA in a.outcomes {
            guard let outcomeB = byID[outcomeA.id] else { continue }
            guard outcomeA.kind == outcomeB.kind else {
                // Not comparable, and certainly not equivalent: listed, and a difference.
                changedKinds.append(Comparison.KindChange(id: outcomeA.id, a: outcomeA.kind, b: outcomeB.kind))
                continue
            }
            raw += rows(outcomeA, outcomeB)
        }
        guard !raw.isEmpty || !changedKinds.isEmpty else { throw .nothingInCommon(a: nameA, b: nameB) }
        let idsA = Set(a.outcomes.map(\.id))
        let idsB = Set(b.outcomes.map(\.id))
        let equivalent = HolmCorrection.rejections(raw.map(\.pEquivalence), alpha: alpha)
        let different = HolmCorrection.rejections(raw.map(\.pDifference), alpha: alpha)
        let rows = raw.enumerated().map { index, entry in
            var row = entry.row
            row.verdict = equivalent[index] ? .pass : different[index] ? .fail : .inconclusive
            return row
        }
        return Comparison(a: nameA, b: nameB, sameScenario: same, notes: notes, alpha: alpha, rows: rows,
                          unmatched: idsA.symmetricDifference(idsB).sorted(), changedKinds: changedKinds)
    }

    func rows(_ a: OutcomeSummary, _ b: OutcomeSummary) -> [(row: Comparison.Row, pEquivalence: Double, pDifference: Double)] {
        switch (a.kind, b.kind) {
        case (.event, .event), (.inForce, .inForce):
            let valuesA = a.values.compactMap { $0 }
            let valuesB = b.values.compactMap { $0 }
            let hitsA = a.kind == .event ? valuesA.count { $0 < (a.byDay ?? .infinity) } : valuesA.count { $0 == 1 }
            let hitsB = b.kind == .event ? valuesB.count { $0 < (b.byDay ?? .infinity) } : valuesB.count { $0 == 1 }
            let difference = ProportionInterval.newcombeDifference(
                successes1: hitsB, trials1: b.values.count, successes2: hitsA, trials2: a.values.count)
            let measure = a.kind == .event ? "probability by \(a.by ?? "horizon")" : "probability in force on \(a.by ?? "horizon")"
            var result = [entry(a, measure,
                                ReportFormatting.percent(Double(hitsA) / Double(max(a.values.count, 1))),
                                ReportFormatting.percent(Double(hitsB) / Double(max(b.values.count, 1))), difference, margin)]
            if a.kind == .event, valuesA.count >= 10, valuesB.count >= 10,
                let median = Bootstrap.difference(valuesB, valuesA, resamples: 500, statistic: Selection.median) {
                result.append(entry(a, "median date if it happened", a.whenItHappened?.median ?? "—",
                                    b.whenItHappened?.median ?? "—", median, dateMargin))
            }
            return result
        case (.count, .count), (.share, .share), (.attribute, .attribute):
            let valuesA = a.values.compactMap { $0 }
            let valuesB = b.values.compactMap { $0 }
            let meanA = SampleQuantiles.mean(valuesA)
            let meanB = SampleQuantiles.mean(valuesB)
            let se = (pow2(meanA.halfWidth) + pow2(meanB.halfWidth)).squareRoot() / ProportionInterval.z95
            let d = meanB.value - meanA.value
            let difference = Estimate(value: d, low: d - ProportionInterval.z95 * se, high: d + ProportionInterval.z95 * se)
            return [entry(a, "mean", ReportFormatting.number(meanA.value), ReportFormatting.number(meanB.value), difference,
                          a.kind == .count ? countMargin : margin)]
        default:
            return []
        }
    }

    func pow2(_ x: Double) -> Double { x * x }

    /// A row with its two p-values, from a normal approximation whose
    /// standard error is the CI's half-width / 1.96.
    func entry(
        _ outcome: OutcomeSummary, _ measure: String, _ a: String, _ b: String, _ difference: Estimate, _ margin: Double
    ) -> (row: Comparison.Row, pEquivalence: Double, pDifference: Double) {
        let se = max((difference.high - difference.low) / (2 * ProportionInterval.z95), 1e-12)
        let d = difference.value
        let pEquivalence = max(gsl_cdf_ugaussian_Q((d + margin) / se), gsl_cdf_ugaussian_P((d - margin) / se))
        let pDifference = min(1, 2 * min(gsl_cdf_ugaussian_Q((d - margin) / se), gsl_cdf_ugaussian_P((d + margin) / se)))
        let row = Comparison.Row(
            id: outcome.id, label: outcome.label, measure: measure, a: a, b: b, difference: difference, margin: margin,
            pEquivalence: pEquivalence, pDifference: pDifference, verdict: .inconclusive)
        return (row, pEquivalence, pDifference)
    }
}

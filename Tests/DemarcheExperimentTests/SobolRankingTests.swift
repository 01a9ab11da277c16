@testable import DemarcheExperiment
import DemarcheReport
import Testing

/// When Sobol intervals are too wide to rank the factors: the leader's ST
/// interval overlaps another factor's. Checked on the definition and on
/// Saltelli sweeps whose outcome one factor drives, or none does.
@Suite struct SobolRankingTests {
    func entry(_ factor: String, total: (Double, Double, Double)) -> SweepReport.Entry {
        SweepReport.Entry(factor: factor, firstOrder: Estimate(value: 0, low: 0, high: 0),
                          total: Estimate(value: total.0, low: total.1, high: total.2))
    }

    @Test func theLeaderMustStandApartFromEveryOtherFactor() {
        let apart = [entry("a", total: (0.8, 0.6, 0.95)), entry("b", total: (0.3, 0.1, 0.59)), entry("c", total: (0, -0.1, 0.2))]
        #expect(SweepReport.Sensitivity(outcome: "x", method: "sobol", note: "", entries: apart).overlappingLeader == nil)
        let touching = [entry("a", total: (0.8, 0.6, 0.95)), entry("b", total: (0.3, 0.1, 0.6)), entry("c", total: (0.5, 0.2, 0.7))]
        #expect(SweepReport.Sensitivity(outcome: "x", method: "sobol", note: "", entries: touching).overlappingLeader == ["a", "b", "c"])
        // No factor moves the outcome: nothing to rank, no warning.
        let flat = [entry("a", total: (0, 0, 0)), entry("b", total: (0, 0, 0))]
        #expect(SweepReport.Sensitivity(outcome: "x", method: "sobol", note: "", entries: flat).overlappingLeader == nil)
        #expect(SweepReport.Sensitivity(outcome: "x", method: "srrc", note: "", entries: touching).overlappingLeader == nil)
    }

    /// A Saltelli sweep of three factors whose outcome's probability in a
    /// variant is `probability(factors)` (its runs' events happen at day 1
    /// or never).
    func report(samples: Int, probability: ([Double], Int) -> Double) throws -> SweepReport {
        let spec = try SweepDesignTests.spec("design: saltelli\nsamples: \(samples)\nruns: 250\n" + SweepDesignTests.threeFactors)
        let header = SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
        let results = Dictionary(uniqueKeysWithValues: header.items.map { item in
            let p = probability(header.rows[item.variant], item.variant)
            let values: [[Double?]] = header.outcomes.map { _ in (0..<item.count).map { Double($0) < p * Double(item.count) ? 1 : nil } }
            return (item, WorkItemResult(item: item, events: item.count, values: values, failures: 0))
        })
        return try SweepReportBuilder.report(header, results)
    }

    @Test func oneDrivingFactorIsRankedWithoutAWarning() throws {
        // opposition (0.1–0.9) alone sets the probability.
        let report = try report(samples: 64) { factors, _ in factors[0] }
        let analysis = try #require(report.sensitivity.first)
        #expect(analysis.entries.first?.factor == "actors.a.opposition")
        #expect(analysis.overlappingLeader == nil && report.rankingWarning(analysis) == nil)
        #expect(!report.markdown().contains("**Warning:**") && !report.html().contains("class=\"warn\""))
    }

    @Test func noiseAloneCannotBeRanked() throws {
        // A probability no factor sets: each variant's own, scrambled from its index.
        let report = try report(samples: 8) { _, variant in Double((variant * 7919 + 13) % 97) / 97 }
        let analysis = try #require(report.sensitivity.first)
        let warning = try #require(report.rankingWarning(analysis))
        #expect(warning.contains("too wide to rank the factors") && warning.contains("Raise 'samples'"))
        #expect(report.markdown().contains("**Warning:** " + warning))
        let html = report.html()
        #expect(html.contains("<p class=\"warn\" role=\"note\"><b>Warning:</b> for 1 of 1 outcomes the Sobol intervals are too wide"))
        #expect(html.contains("For this outcome the Sobol intervals are too wide"))
    }
}

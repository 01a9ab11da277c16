@testable import DemarcheExperiment
import DemarcheReport
import Testing

/// Sweep reports from synthetic work-item results: failed runs are counted,
/// never dropped, and Sobol analysis refuses an incomplete design.
@Suite struct SweepReportTests {
    func results(_ header: SweepHeader, failing variant: Int, all: Bool) -> [WorkItem: WorkItemResult] {
        Dictionary(uniqueKeysWithValues: header.items.map { item in
            let values: [[Double?]] = header.outcomes.map { _ in
                (0..<item.count).map { run -> Double? in
                    item.variant == variant && (all || run % 10 == 0) ? .nan : Double(run % 300)
                }
            }
            let failures = values[0].count { $0?.isNaN ?? false }
            return (item, WorkItemResult(item: item, events: item.count * 3, values: values, failures: failures))
        })
    }

    @Test func failedRunsAreCountedAndExcludedFromProbabilities() throws {
        let spec = try SweepDesignTests.spec("design: lhs\nsamples: 4\nruns: 300\n" + SweepDesignTests.threeFactors)
        let header = SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
        let report = try SweepReportBuilder.report(header, results(header, failing: 2, all: false))
        #expect(report.variants[2].failedRuns == 30 && report.manifest.failedRuns == 30)
        #expect(report.variants[2].cells[0].probability.map { abs($0.value - 270.0 / 270.0) < 1e-12 } == true,
                "probability over the 270 valid runs")
        #expect(report.markdown().contains("failed runs: 30"))
    }

    @Test func sobolAnalysisRefusesAnIncompleteDesign() throws {
        let spec = try SweepDesignTests.spec("design: saltelli\nsamples: 4\nruns: 250\n" + SweepDesignTests.threeFactors)
        let header = SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
        #expect(throws: SweepReportBuilder.Failure.self) {
            try SweepReportBuilder.report(header, results(header, failing: 5, all: true))
        }
        let complete = try SweepReportBuilder.report(header, results(header, failing: 5, all: false))
        #expect(complete.sensitivity[0].method == "sobol" && complete.sensitivity[0].entries.count == 3)
    }

    @Test func tornadoMarksFailedVariantsInsteadOfGuessing() throws {
        let spec = try SweepDesignTests.spec("design: oat\nruns: 250\n" + SweepDesignTests.threeFactors)
        let header = SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
        let report = try SweepReportBuilder.report(header, results(header, failing: 3, all: true))
        let entry = try #require(report.sensitivity[0].entries.last)
        #expect(entry.factor == "actors.a.alignment" && entry.atLow == nil && entry.swing == nil)
        #expect(report.markdown().contains("| actors.a.alignment         |      — |"))
    }

    @Test func missingAndDuplicateItemsAreNamed() throws {
        let spec = try SweepDesignTests.spec("design: lhs\nsamples: 2\nruns: 500\n" + SweepDesignTests.threeFactors)
        let header = SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
        let all = Array(results(header, failing: -1, all: false).values)
        #expect(throws: SweepReportBuilder.Failure.self) {
            try SweepReportBuilder.complete(header, Array(all.dropFirst()), origins: all.dropFirst().map { _ in "p" }, shardCount: 2)
        }
        #expect(throws: SweepReportBuilder.Failure.self) {
            try SweepReportBuilder.complete(header, all + [all[0]], origins: (all + [all[0]]).map { _ in "p" })
        }
        #expect(try SweepReportBuilder.complete(header, all, origins: all.map { _ in "p" }).count == 4)
    }
}

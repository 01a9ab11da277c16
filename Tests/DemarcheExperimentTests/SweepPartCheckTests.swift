@testable import DemarcheExperiment
import DemarcheReport
import Foundation
import Testing

/// A digest proves only that nothing changed since it was computed: items
/// and settings whose digests are right but whose contents do not add up
/// are refused all the same.
@Suite struct SweepPartCheckTests {
    /// An OAT sweep of 3 factors (7 variants) × 600 runs of one event outcome, x.
    let header: SweepHeader

    init() throws {
        let spec = try SweepDesignTests.spec("design: oat\nruns: 600\n" + SweepDesignTests.threeFactors)
        header = SweepHeader(spec: spec, design: try SweepDesign(spec), toolVersion: "test")
    }

    func problem(_ result: WorkItemResult, _ header: SweepHeader? = nil) -> String {
        let header = header ?? self.header
        do {
            try header.checked().check(result)
            return "accepted"
        } catch {
            return error.description
        }
    }

    let item = WorkItem(variant: 1, start: 250, count: 250)

    func result(values: [[Double?]]? = nil, events: Int = 10, failures: Int = 0, item: WorkItem? = nil) -> WorkItemResult {
        let item = item ?? self.item
        return WorkItemResult(item: item, events: events, values: values ?? [Array(repeating: 40.5, count: item.count)], failures: failures)
    }

    @Test func consistentItemsPass() {
        #expect(problem(result()) == "accepted")
        let failed = (0..<250).map { $0 < 3 ? Double.nan : nil }
        #expect(problem(result(values: [failed], failures: 3)) == "accepted")
        #expect(problem(result(item: WorkItem(variant: 6, start: 500, count: 100))) == "accepted")
    }

    @Test func itemsThatDoNotAddUpAreRefused() {
        let day = Array(repeating: 40.5 as Double?, count: 250)
        #expect(problem(result(values: [day + day])) == "outcome 'x': 500 values for 250 replications")
        #expect(problem(result(values: [])) == "values for 0 outcomes; the sweep has 1")
        #expect(problem(result(events: -1)) == "-1 events; expected at least 0")
        #expect(problem(result(failures: -5)) == "-5 failed runs; expected 0…250")
        #expect(problem(result(failures: 2)) == "says 2 failed runs but 0 runs are NaN")
        #expect(problem(result(values: [[1e300] + day.dropFirst()])).hasPrefix("outcome 'x' (event), replication 250: day 1e+300 is outside the calendar"))
        #expect(problem(result(values: [[.infinity] + day.dropFirst()])) == "outcome 'x' (event), replication 250: inf is not a finite number")
        #expect(problem(result(item: WorkItem(variant: 7, start: 0, count: 250))) == "variant 7 is not in the sweep (variants 0…6)")
        #expect(problem(result(item: WorkItem(variant: 0, start: 100, count: 250))) == "replication 100 does not start a chunk of 250 of the 600 runs")
        #expect(problem(result(values: [[40.5]], item: WorkItem(variant: 0, start: 500, count: Int.max))) == "9223372036854775807 replications; this chunk has 100")
    }

    @Test func settingsThatDoNotAddUpAreRefused() {
        var saltelli = header
        saltelli.design = "saltelli"
        #expect(problem(result(), saltelli).contains("a saltelli design of base size 1 and 3 factors cannot have 7 variants"))
        var runs = header
        runs.runs = Int.max
        #expect(problem(result(), runs).contains("would need more than 16 EB"))
        var rows = header
        rows.rows[2] = [0.5]
        #expect(problem(result(), rows) == "sweep settings: variant 2 has 1 values for 3 factors")
        var start = header
        start.start = "garbage"
        #expect(problem(result(), start).contains("start garbage and horizon 2024-12-31 are not two ISO dates in order"))
        var by = header
        by.outcomes[0].byDay = .nan
        #expect(problem(result(), by) == "sweep settings: outcome 'x' has no finite 'by' day")
    }

    /// A part whose settings digest was recomputed after the edit still fails its checks, by file.
    @Test func mergeRefusesAPartWithConsistentDigestsButImpossibleSettings() throws {
        var header = self.header
        header.design = "saltelli"
        let part = SweepPart(header: header, shard: try Shard(index: 1, count: 1), results: [result()])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("part-\(UUID().uuidString).json").path
        try part.json().write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SweepInputError.self) { try SweepMerge.load(path) }
        do { _ = try SweepMerge.load(path) } catch { #expect(error.description.hasPrefix("\(path): sweep settings: a saltelli design")) }
    }
}

/// The value check of each outcome kind, as merge, compare and score apply it.
@Suite struct OutcomeValueCheckTests {
    @Test func inForceValuesAreZeroOrOne() {
        #expect(OutcomeSummary.Kind.inForce.problem(0) == nil && OutcomeSummary.Kind.inForce.problem(1) == nil)
        #expect(OutcomeSummary.Kind.inForce.problem(0.5) == "0.5 is neither 0 nor 1 (in force or not)")
        #expect(OutcomeSummary.Kind.inForce.problem(nil) == "no value (null)")
        #expect(OutcomeSummary.Kind.count.problem(2.5) != nil && OutcomeSummary.Kind.share.problem(1.5) != nil)
    }
}

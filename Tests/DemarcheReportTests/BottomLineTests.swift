@testable import DemarcheReport
import Testing

/// The bottom line says what the report's numbers say: change them and the
/// words change; intervals print as briefings write them, never as "-0".
@Suite struct BottomLineTests {
    func point(_ line: BottomLine, _ topic: String) -> String? {
        line.points.first { $0.topic.hasPrefix(topic) }?.text
    }

    @Test func namesTheMostAndLeastLikelyWithIntervals() throws {
        let line = BriefingFixture.briefing.bottomLine()
        #expect(line.lead == "Forecast as of 2019-12-31 from 1,000 simulated runs to 2021-12-31; each figure is followed by its 95% interval.")
        #expect(point(line, "Most likely") == "China condemns a complier by 2021-12-31: 68% (66–70%); "
            + "Canada restricts Huawei by 2020-12-31: 53% (51–55%); The ban is in force on 2020-09-20: 45% (43–47%)")
        #expect(point(line, "Least likely") == "Switzerland restricts Huawei by 2020-12-31: 10% (8–12%); "
            + "France restricts Huawei by 2020-12-31: 11% (9–13%)")
        // A label that gives its date keeps it once.
        #expect(!line.text.contains("by 2020-12-31 by 2020-12-31"))
        #expect(point(line, "Expected counts") == "European countries (of 5) restricting Huawei by 2021-12-31: 1.26 (1.24–1.28)")
    }

    /// The earliest median dates in order, and how many events never reach half the runs.
    @Test func earliestMedianDates() throws {
        let line = BriefingFixture.briefing.bottomLine()
        #expect(point(line, "Earliest median dates") == "China condemns a complier: 2020-08-24; Canada restricts Huawei: 2020-10-16; "
            + "The UK restricts Huawei: 2021-03-01; the other 4 events do not happen in half the runs by 2021-12-31")
        var report = BriefingFixture.briefing
        for index in report.outcomes.indices { report.outcomes[index].timeToEvent = nil }
        #expect(point(report.bottomLine(), "Earliest median dates") == "none; no event happens in half the runs by 2021-12-31")
    }

    @Test func changingTheReportChangesTheWords() throws {
        var report = BriefingFixture.briefing
        let before = report.bottomLine().text
        let swiss = try #require(report.outcomes.firstIndex { $0.id == "f" })
        report.outcomes[swiss].probability = Estimate(value: 0.912, low: 0.894, high: 0.927)
        let after = report.bottomLine()
        #expect(after.text != before)
        #expect(point(after, "Most likely")?.hasPrefix("Switzerland restricts Huawei by 2020-12-31: 91% (89–93%); China condemns") == true)
        #expect(point(after, "Least likely") == "France restricts Huawei by 2020-12-31: 11% (9–13%); "
            + "Germany restricts Huawei by 2020-12-31: 17% (15–19%)")
        report.manifest.runs = 123_456
        #expect(report.bottomLine().lead.contains("from 123,456 simulated runs"))
    }

    /// Over random reports, "Most likely" lists the three highest
    /// probabilities in order and "Least likely" the two lowest, lowest first.
    @Test(arguments: 1...40 as ClosedRange<UInt64>) func ranksAnyReport(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let count = 6 + Int(random.next() % 20)
        let probabilities = (0..<count).map { _ in Double(random.next() % 1001) / 1000 }
        let report = BriefingFixture.report(probabilities.enumerated().map { index, p in
            BriefingFixture.event("o\(index)", "Outcome \(index)", p: p)
        })
        let ranked = probabilities.enumerated().sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
        func names(_ text: String?) -> [String] {
            (text ?? "").components(separatedBy: "; ").map { $0.components(separatedBy: " by ")[0] }
        }
        let line = report.bottomLine()
        #expect(names(point(line, "Most likely")) == ranked.prefix(3).map { "Outcome \($0.offset)" })
        #expect(names(point(line, "Least likely")) == ranked.suffix(2).reversed().map { "Outcome \($0.offset)" })
        #expect(!line.text.contains("-0"))
    }

    @Test(arguments: [
        (Estimate(value: 0.174, low: 0.167, high: 0.182), "17% (17–18%)"),
        (Estimate(value: 0.5, low: 0.48, high: 0.52), "50% (48–52%)"),
        (Estimate(value: 0.004, low: 0.003, high: 0.006), "0.4% (0.3–0.6%)"),
        (Estimate(value: 0.985, low: 0.981, high: 0.988), "98.5% (98.1–98.8%)"),
        (Estimate(value: 0, low: 0, high: 0.00038), "0% (0–0.04%)"),
        (Estimate(value: 1, low: 0.99962, high: 1), "100% (99.96–100%)"),
        (Estimate(value: -0.0, low: -0.0, high: 0.00001), "0% (0–0.00%)"),
    ])
    func probabilityFormats(estimate: Estimate, expected: String) {
        #expect(BottomLine.probability(estimate) == expected)
    }

    @Test func noNegativeZeros() {
        #expect(BottomLine.number(Estimate(value: -0.001, low: -0.004, high: 0.002)) == "0.00 (0.00–0.00)")
        let tiny = BottomLine.Driver(outcome: "x", input: "y", measure: .srrc, estimate: Estimate(value: -0.001, low: -0.004, high: 0.002))
        #expect(BottomLine.driverFigure(tiny) == "SRRC +0.00, 0.00 to 0.00")
        let change = BottomLine.Driver(outcome: "x", input: "courts", measure: .probabilityChange,
                                       estimate: Estimate(value: -0.12, low: -0.15, high: -0.0004))
        #expect(BottomLine.driverFigure(change) == "-12.0 pp, -15.0 to 0.0 pp")
    }

    /// Drivers given are named, grouped by outcome in the order given; none, no sentence.
    @Test func driversWhenGiven() {
        let report = BriefingFixture.briefing
        #expect(!report.bottomLine().text.lowercased().contains("driver"))
        let line = report.bottomLine(drivers: [
            .init(outcome: "Canada restricts Huawei", input: "actors.canada.alignment", measure: .srrc,
                  estimate: Estimate(value: 0.45, low: 0.41, high: 0.49)),
            .init(outcome: "France restricts Huawei", input: "courts", measure: .probabilityChange,
                  estimate: Estimate(value: 0.031, low: 0.02, high: 0.042)),
            .init(outcome: "Canada restricts Huawei", input: "decisions.canada-5g.cost", measure: .srrc,
                  estimate: Estimate(value: -0.2, low: -0.25, high: -0.15)),
        ])
        #expect(point(line, "Main drivers") == "Canada restricts Huawei: actors.canada.alignment (SRRC +0.45, 0.41 to 0.49), "
            + "decisions.canada-5g.cost (SRRC -0.20, -0.25 to -0.15); France restricts Huawei: courts (+3.1 pp, 2.0 to 4.2 pp)")
        #expect(line.text.hasSuffix("(+3.1 pp, 2.0 to 4.2 pp)."))
    }

    /// A few outcomes are all listed, most likely first; none, no list.
    @Test func fewOutcomesAreAllListed() {
        let report = BriefingFixture.report([
            BriefingFixture.event("a", "A happens", p: 0.2), BriefingFixture.event("b", "B happens", p: 0.7),
        ])
        #expect(report.bottomLine().points.first == BottomLine.Point(
            topic: "The outcomes, most likely first", text: "B happens by 2020-12-31: 70% (68–72%); A happens by 2020-12-31: 20% (18–22%)"))
        let empty = BriefingFixture.report([])
        #expect(empty.bottomLine().points.isEmpty)
        #expect(empty.markdown().contains("## Bottom line\n\nForecast as of 2019-12-31"))
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): a seeded generator for test data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

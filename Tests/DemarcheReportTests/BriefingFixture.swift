import DemarcheReport

/// Reports built by hand for the bottom line and briefing page tests.
enum BriefingFixture {
    /// An event outcome: P by `by` with a ±2-point interval, a median date
    /// when given, and a cumulative incidence curve that ends at `horizonP`.
    static func event(_ id: String, _ label: String, p: Double, by: String = "2020-12-31", median: String? = nil,
                      horizonP: Double? = nil) -> OutcomeSummary {
        let estimate = Estimate(value: p, low: max(p - 0.02, 0), high: min(p + 0.02, 1))
        let end = horizonP ?? p
        return OutcomeSummary(
            id: id, label: label, kind: .event, by: by, byDay: 365, probability: estimate, checkpoints: [],
            occurred: Int(end * 1000), whenItHappened: nil,
            timeToEvent: OutcomeSummary.DateQuantiles(p10: nil, median: median, p90: nil),
            curve: [OutcomeSummary.CurvePoint(day: 0, date: "2020-01-01", incidence: 0, low: 0, high: 0),
                    OutcomeSummary.CurvePoint(day: 365, date: "2020-12-31", incidence: p, low: estimate.low, high: estimate.high),
                    OutcomeSummary.CurvePoint(day: 730, date: "2021-12-31", incidence: end, low: max(end - 0.02, 0), high: min(end + 0.02, 1))],
            mean: nil, p10: nil, p90: nil, values: [])
    }

    static func inForce(_ id: String, _ label: String, p: Double, on: String) -> OutcomeSummary {
        OutcomeSummary(id: id, label: label, kind: .inForce, by: on, byDay: 100,
                       probability: Estimate(value: p, low: max(p - 0.02, 0), high: min(p + 0.02, 1)), checkpoints: [],
                       occurred: nil, whenItHappened: nil, timeToEvent: nil, curve: [], mean: nil, p10: nil, p90: nil, values: [])
    }

    static func count(_ id: String, _ label: String, mean: Estimate) -> OutcomeSummary {
        OutcomeSummary(id: id, label: label, kind: .count, by: "2021-12-31", byDay: 730, probability: nil, checkpoints: [],
                       occurred: nil, whenItHappened: nil, timeToEvent: nil, curve: [], mean: mean, p10: 0, p90: 2, values: [])
    }

    static func report(_ outcomes: [OutcomeSummary], sources: [SourceRow] = [], cited: [CitedSource]? = nil) -> Report {
        Report(
            manifest: Manifest(toolVersion: "test", gslVersion: "2.7", scenarioFile: "fixture.yaml", scenarioName: "Fixture <&> page",
                               scenarioSHA256: "00", asOf: "2019-12-31", start: "2020-01-01", horizon: "2021-12-31", seed: 7,
                               runs: 1000, generator: "philox4x32", overrides: [], untilPrecision: nil),
            performance: nil, outcomes: outcomes, actors: [], orders: [], markets: [], sources: sources,
            citedSources: cited, sourcing: cited.map { _ in SourcingSummary(parameters: sources.count, assumption: 1, unsourced: 0) },
            convergence: ConvergenceSummary(widestHalfWidth: 0.02, outcome: "a", runs: 1000))
    }

    /// Seven events, a state in force, a count and three sourced parameters.
    static var briefing: Report {
        report([
            event("a", "Germany restricts Huawei by 2020-12-31", p: 0.174, median: nil, horizonP: 0.24),
            event("b", "The UK restricts Huawei", p: 0.355, median: "2021-03-01"),
            event("c", "France restricts Huawei", p: 0.113),
            event("d", "China condemns a complier", p: 0.682, by: "2021-12-31", median: "2020-08-24"),
            event("e", "Canada restricts Huawei", p: 0.533, median: "2020-10-16"),
            event("f", "Switzerland restricts Huawei", p: 0.100),
            event("g", "China retaliates formally", p: 0.404, by: "2021-12-31"),
            inForce("h", "The ban is in force", p: 0.45, on: "2020-09-20"),
            count("n", "European countries (of 5) restricting Huawei by 2021-12-31", mean: Estimate(value: 1.261, low: 1.240, high: 1.282)),
        ], sources: [
            SourceRow(path: "actors.germany.alignment", source: "assumption", value: "0.6", sourceIDs: []),
            SourceRow(path: "actors.germany.opposition", source: "A2 (Europe reluctant); assumption", value: "beta(alpha 5, beta 5)",
                      sourceIDs: ["A2"]),
            SourceRow(path: "orders.ban", source: "A2; P3", value: "", sourceIDs: ["A2", "P3"]),
        ], cited: [
            CitedSource(id: "A2", published: "2019-05-31", citation: "Article A", url: nil, parameters: 1, facts: 1),
            CitedSource(id: "P3", published: "2018-11-28", citation: "GCSB blocks Spark", url: nil, parameters: 0, facts: 1),
        ])
    }
}

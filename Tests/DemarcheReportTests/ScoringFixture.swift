import DemarcheReport

/// Questions for the score report and gate tests.
enum ScoringFixture {
    /// The five questions of `ForecastScoreTests.hand` (mean Brier 0.262),
    /// with base rates for q1 (30%) and q3 (50%).
    static var hand: [ScoredQuestion] {
        let p = [0.2, 0.7, 0.9, 0.4, 0.1]
        let o = [false, true, false, true, false]
        let base: [Double?] = [0.3, nil, 0.5, nil, nil]
        return (0..<5).map { i in
            ScoredQuestion(id: "q\(i + 1)", outcome: "decision.country-\(i + 1).exclude", report: "reports/r\(i % 2).json",
                           by: "2021-06-30", probability: p[i], runs: 10_000, resolved: o[i], resolvedOn: "2021-05-0\(i + 1)",
                           source: "SOURCES.md#s\(i + 1)", baseRate: base[i])
        }
    }

    static func unanswered(_ id: String, resolved: Bool = true) -> ScoredQuestion {
        ScoredQuestion(id: id, outcome: "order.x.complied", report: "reports/r0.json", by: "2022-01-31",
                       unanswered: "the report's horizon ends before 2022-01-31", resolved: resolved, source: "news, 2022")
    }

    /// Questions with the given probabilities and outcomes, ids q1, q2, ….
    static func questions(_ probabilities: [Double], _ outcomes: [Bool]) -> [ScoredQuestion] {
        zip(probabilities, outcomes).enumerated().map { i, pair in
            ScoredQuestion(id: "q\(i + 1)", outcome: "event-\(i + 1)", probability: pair.0, resolved: pair.1, source: "fixture")
        }
    }

    static func report(_ questions: [ScoredQuestion], bins: Int = 2, gate: ScoreGate? = nil) throws -> ScoreReport {
        try ScoreReport(questions: questions, resolutionsFile: "resolutions.yaml", reports: ["reports/r0.json", "reports/r1.json"],
                        bins: bins, toolVersion: "test", gate: gate)
    }
}

import DemarcheReport
import Foundation
import Testing

@Suite struct ScoreReportTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance }

    /// Mean Brier 0.262 and log score L over the five hand questions (ForecastScoreTests).
    /// Coin: 1 − 0.262/0.25 = −0.048; climatology ō = 0.4: 1 − 0.262/0.24;
    /// base rates (q1: 0.3, o = 0; q3: 0.5, o = 0): Brier (0.04 + 0.81)/2 = 0.425
    /// against (0.09 + 0.25)/2 = 0.17, skill 1 − 2.5 = −1.5.
    @Test func skillAgainstCoinBaseRatesAndClimatology() throws {
        let report = try ScoringFixture.report(ScoringFixture.hand)
        #expect(report.resolutions.count == 1)
        let set = try #require(report.resolutions.first)
        #expect(set.resolution == .asResolved && set.skills.map(\.reference) == [.coin, .baseRates, .climatology])
        let logScore = -(log(0.8) + log(0.7) + log(0.1) + log(0.4) + log(0.9)) / 5
        let coin = try #require(set.skill(.coin))
        #expect(close(coin.brierSkill, -0.048) && close(coin.referenceScore.brier, 0.25) && !coin.inSample)
        #expect(close(coin.logSkill, 1 - logScore / log(2)) && coin.score.count == 5)
        let base = try #require(set.skill(.baseRates))
        #expect(base.score.count == 2 && close(base.score.brier, 0.425) && close(base.referenceScore.brier, 0.17))
        #expect(close(base.brierSkill, -1.5) && base.referenceProbability == nil && !base.inSample)
        #expect(close(base.logSkill, 1 - (-log(0.8) - log(0.1)) / (-log(0.7) - log(0.5))))
        let climatology = try #require(set.skill(.climatology))
        #expect(climatology.inSample && climatology.referenceProbability == 0.4)
        #expect(close(climatology.brierSkill, 1 - 0.262 / 0.24) && close(climatology.referenceScore.brier, 0.24))
        #expect(close(climatology.logSkill, 1 - logScore / -(0.4 * log(0.4) + 0.6 * log(0.6))))
        #expect(set.decomposition.binCount == 2 && close(set.decomposition.reliability, 0.042))
    }

    @Test func noBaseRateNoBaseRateSkill() throws {
        let report = try ScoringFixture.report(ScoringFixture.questions([0.3, 0.8], [false, true]))
        #expect(report.resolutions[0].skills.map(\.reference) == [.coin, .climatology])
    }

    /// q2 (p = 0.7, happened) contested: the other way its Brier is 0.49, the
    /// mean (1.31 − 0.09 + 0.49)/5 = 0.342 and ō = 0.2.
    @Test func contestedQuestionsScoredBothWays() throws {
        var questions = ScoringFixture.hand
        questions[1].alternative = false
        let report = try ScoringFixture.report(questions)
        #expect(report.contested == 1 && report.resolutions.map(\.resolution) == [.asResolved, .otherWay])
        #expect(close(report.resolutions[0].score.brier, 0.262) && close(report.resolutions[1].score.brier, 0.342))
        #expect(close(report.resolutions[1].score.observed, 0.2))
        #expect(close(try #require(report.resolutions[1].skill(.climatology)).referenceScore.brier, 0.16))
        #expect(close(try #require(report.resolutions[1].skill(.coin)).brierSkill, 1 - 0.342 / 0.25))
        #expect(try close(#require(report.rows[1].alternativeBrier), 0.49) && close(#require(report.rows[1].brier), 0.09))
        #expect(close(try #require(report.rows[1].alternativeLogScore), -log(0.3)))
        #expect(report.rows.enumerated().allSatisfy { $0.offset == 1 || $0.element.alternativeBrier == nil })
        #expect(abs(report.resolutions[1].decomposition.identityError) < 1e-12)
        let markdown = report.markdown()
        #expect(markdown.contains("| as resolved") && markdown.contains("contested the other way"))
        #expect(markdown.contains("## Reliability (contested questions resolved the other way)"))
        #expect(markdown.contains("0.3420"))
    }

    @Test func contestedButUnansweredNeedsNoSecondSet() throws {
        var question = ScoringFixture.unanswered("q9")
        question.alternative = false
        let report = try ScoringFixture.report(ScoringFixture.hand + [question])
        #expect(report.contested == 1 && report.resolutions.count == 1)
    }

    @Test func unansweredQuestionsListedAndExcluded() throws {
        let report = try ScoringFixture.report(ScoringFixture.hand + [ScoringFixture.unanswered("q6")])
        #expect(report.rows.count == 6 && report.answered == 5 && report.unanswered == 1)
        #expect(close(report.resolutions[0].score.brier, 0.262) && report.resolutions[0].score.count == 5)
        #expect(report.rows[5].brier == nil && report.rows[5].logScore == nil)
        #expect(report.exitCode == 2)
        let markdown = report.markdown()
        #expect(markdown.contains("## Unanswered (not in the totals)") && markdown.contains("the report's horizon ends before 2022-01-31"))
        #expect(markdown.contains("1 of 6 questions unanswered") && markdown.contains("Exit status 2 "))
        #expect(report.csv().contains("q6,order.x.complied,,2022-01-31,reports/r0.json,,NA,true,,\"news, 2022\",,,NA,NA,,,the report's horizon"))
    }

    @Test func nothingAnsweredStillReports() throws {
        let report = try ScoringFixture.report([ScoringFixture.unanswered("a"), ScoringFixture.unanswered("b")])
        #expect(report.resolutions.isEmpty && report.exitCode == 2)
        #expect(report.markdown().contains("No question is answered") && report.html().contains("No question is answered"))
    }

    @Test func invalidInputIsRefusedWithItsPlace() {
        var questions = ScoringFixture.hand
        questions[2].probability = 1.2
        #expect(throws: ScoreError.invalidQuestion(file: "resolutions.yaml", id: "q3", reason: "probability 1.2 is not in [0, 1]")) {
            try ScoringFixture.report(questions)
        }
        questions = ScoringFixture.hand
        questions[0].baseRate = .nan
        #expect(throws: ScoreError.self) { try ScoringFixture.report(questions) }
        questions = ScoringFixture.hand
        questions[3].alternative = true
        #expect(throws: ScoreError.self) { try ScoringFixture.report(questions) }
        #expect(throws: ScoreError.duplicateQuestion(file: "resolutions.yaml", id: "q1")) {
            try ScoringFixture.report(ScoringFixture.hand + [ScoringFixture.hand[0]])
        }
        #expect(throws: ScoreError.invalidBins(0)) { try ScoringFixture.report(ScoringFixture.hand, bins: 0) }
        #expect(throws: ScoreError.invalidBins(1001)) { try ScoringFixture.report(ScoringFixture.hand, bins: 1001) }
    }

    @Test func csvIsOneTidyTable() throws {
        var questions = ScoringFixture.hand
        questions[1].alternative = false
        questions[1].atLeast = 3
        let lines = try ScoringFixture.report(questions + [ScoringFixture.unanswered("q6")]).csv().split(separator: "\n")
        #expect(lines.count == 7)
        #expect(lines[0] == "id,outcome,at_least,by,report,runs,probability,resolved,resolved_on,source,alternative,base_rate,"
            + "brier,log_score,alternative_brier,alternative_log_score,unanswered")
        #expect(lines[1] == "q1,decision.country-1.exclude,,2021-06-30,reports/r0.json,10000,0.2,false,2021-05-01,SOURCES.md#s1,,0.3,"
            + "\(ProperScores.brier(0.2, false)),\(ProperScores.logScore(0.2, false)),,,")
        #expect(lines[2].hasPrefix("q2,decision.country-2.exclude,3,2021-06-30,reports/r1.json,10000,0.7,true,2021-05-02,SOURCES.md#s2,false,,"))
        #expect(lines[2].hasSuffix(",\(ProperScores.brier(0.7, false)),\(ProperScores.logScore(0.7, false)),"))
        #expect(lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 17 || $0.contains("\"") })
    }

    @Test func markdownLeadsWithTheBottomLineAndStatesItsConventions() throws {
        let markdown = try ScoringFixture.report(ScoringFixture.hand).markdown()
        let bottom = try #require(markdown.range(of: "## Bottom line"))
        let scores = try #require(markdown.range(of: "## Scores"))
        #expect(bottom.lowerBound < scores.lowerBound)
        #expect(markdown.contains("Mean Brier 0.2620 over 5 answered questions; a 50% coin scores 0.2500 (Brier skill -0.048)"))
        #expect(markdown.contains("p clipped to [1e-06, 1 − 1e-06]"))
        #expect(markdown.contains("climatology (in-sample, 40.0%)") && markdown.contains("base rates (2 questions)"))
        let lines = markdown.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("| REL − RES + UNC + WBV − WBC ") && $0.hasSuffix(" 0.262000 |") })
        #expect(lines.contains { $0.hasPrefix("| [0%, 50%) ") && $0.contains(" 3 | ") })
        #expect(lines.contains { $0.hasPrefix("| [50%, 100%] ") && $0.contains(" 2 | ") })
    }

    @Test func htmlIsOneSelfContainedPage() throws {
        var questions = ScoringFixture.hand
        questions[1].alternative = false
        let html = try ScoringFixture.report(questions, gate: ScoreGate(maxBrier: 0.3)).html()
        #expect(html.hasPrefix("<!doctype html>") && !html.contains("<script") && !html.contains("http"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)  // two reliability diagrams, one skill chart
        let verdict = try #require(html.range(of: "Gate PASS"))
        let diagram = try #require(html.range(of: "<svg"))
        #expect(verdict.lowerBound < diagram.lowerBound)
        #expect(html.contains("climatology (in-sample, 40.0%)"))
    }

    @Test func jsonRoundTripsAndIsMarked() throws {
        var questions = ScoringFixture.hand + [ScoringFixture.unanswered("q6")]
        questions[1].alternative = false
        let report = try ScoringFixture.report(questions, gate: ScoreGate(maxBrier: 0.2))
        let json = report.json()
        #expect(json.contains("\"kind\" : \"demarche-score\"") && json.contains("\"format\" : 1"))
        let decoded = try ScoreReport.decode(Data(json.utf8), file: "score.json")
        #expect(decoded.json() == json && decoded.rows == report.rows && decoded.resolutions == report.resolutions)
        #expect(decoded.gate == report.gate && decoded.exitCode == 1)
    }

    @Test func otherJSONIsRefusedAsABaseline() {
        func decode(_ text: String) throws(ScoreError) { _ = try ScoreReport.decode(Data(text.utf8), file: "b.json") }
        #expect(throws: ScoreError.notAScoreReport(file: "b.json", found: "it is a Monte Carlo report of Scenarios/huawei.yaml")) {
            try decode(#"{"format": 1, "manifest": {"scenarioFile": "Scenarios/huawei.yaml", "runs": 10}, "outcomes": []}"#)
        }
        #expect(throws: ScoreError.notAScoreReport(file: "b.json", found: "its kind is 'demarche-sweep'")) {
            try decode(#"{"kind": "demarche-sweep", "format": 1}"#)
        }
        #expect(throws: ScoreError.formatVersion(file: "b.json", found: 2)) { try decode(#"{"kind": "demarche-score", "format": 2}"#) }
        #expect(throws: ScoreError.unreadable(file: "b.json", reason: "not a JSON object")) { try decode("[1, 2]") }
        #expect(throws: ScoreError.self) { try decode(#"{"kind": "demarche-score", "format": 1, "rows": []}"#) }
        let edited = try? ScoringFixture.report(ScoringFixture.hand).json().replacingOccurrences(of: "\"brier\" : 0.81", with: "\"brier\" : \"nan\"")
        #expect(edited?.contains("\"nan\"") == true)
        #expect(throws: ScoreError.invalidQuestion(file: "b.json", id: "q3", reason: "Brier score nan is not in [0, 1]")) {
            try decode(edited ?? "")
        }
        let message = ScoreError.notAScoreReport(file: "b.json", found: "it is a Monte Carlo report of s.yaml").description
        #expect(message.contains("b.json") && message.contains("demarche score --format json"))
    }
}

import DemarcheReport
import Foundation
import Testing

@Suite struct ScoreGateTests {
    @Test func maxBrier() throws {
        // Mean Brier 0.262.
        #expect(try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: 0.3)).exitCode == 0)
        #expect(try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: 0.262)).exitCode == 0)
        let failing = try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: 0.25))
        #expect(failing.exitCode == 1 && failing.gate?.maxBrier?.verdict == .fail && failing.gate?.maxBrier?.meanBrier == 0.262)
        #expect(failing.markdown().contains("Gate FAIL: mean Brier 0.2620 against a maximum of 0.2500."))
    }

    @Test func unansweredQuestionsMakeAPassingRunExitTwo() throws {
        let questions = ScoringFixture.hand + [ScoringFixture.unanswered("q6")]
        #expect(try ScoringFixture.report(questions).exitCode == 2)
        #expect(try ScoringFixture.report(questions, gate: ScoreGate(maxBrier: 0.3)).exitCode == 2)
        #expect(try ScoringFixture.report(questions, gate: ScoreGate(maxBrier: 0.1)).exitCode == 1)
        #expect(try ScoringFixture.report(ScoringFixture.hand).exitCode == 0)
    }

    /// The reference forecasts against a second forecaster (ScoringReference):
    /// d̄ = 0.0435, one-sided p = 0.0146 against a margin of 0.01 → FAIL; with
    /// a margin of 0.05 the mean is below the margin → PASS.
    @Test func baselineWithMargin() throws {
        let baseline = try ScoringFixture.report(ScoringFixture.questions(ScoringReference.other, ScoringReference.outcomes), bins: 10)
        let current = ScoringFixture.questions(ScoringReference.forecasts, ScoringReference.outcomes)
        let failing = try ScoringFixture.report(current, gate: ScoreGate(baseline: baseline, baselineFile: "base.json", margin: 0.01))
        let check = try #require(failing.gate?.baseline)
        #expect(check.verdict == .fail && failing.exitCode == 1 && check.notPaired.isEmpty)
        let test = try #require(check.test)
        #expect(try test.count == 40 && abs(#require(test.t) - ScoringReference.t) < 1e-12)
        #expect(try ScoringFixture.report(current, gate: ScoreGate(baseline: baseline, margin: 0.01, alpha: 0.01)).exitCode == 0)
        let passing = try ScoringFixture.report(current, gate: ScoreGate(baseline: baseline, margin: 0.05))
        #expect(passing.exitCode == 0 && passing.gate?.baseline?.verdict == .pass)
        // Better than the baseline: passes even with no margin.
        let reverse = try ScoringFixture.report(ScoringFixture.questions(ScoringReference.other, ScoringReference.outcomes),
                                                gate: ScoreGate(baseline: try ScoringFixture.report(current)))
        #expect(reverse.exitCode == 0)
        #expect(failing.markdown().contains("Gate FAIL against the baseline base.json: Brier now − baseline +0.044 over 40 shared questions"))
    }

    @Test func baselineFromItsJSON() throws {
        let baseline = try ScoringFixture.report(ScoringFixture.hand)
        let decoded = try ScoreReport.decode(Data(baseline.json().utf8), file: "base.json")
        let same = try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(baseline: decoded, baselineFile: "base.json"))
        // Identical forecasts: every difference is 0, s = 0, and 0 does not exceed a margin of 0.
        let test = try #require(same.gate?.baseline?.test)
        #expect(same.exitCode == 0 && test.meanDifference == 0 && test.standardDeviation == 0 && test.p == nil)
    }

    @Test func onlyQuestionsAnsweredAlikeArePaired() throws {
        var old = ScoringFixture.hand + [ScoringFixture.unanswered("q7"), ScoringFixture.questions([0.5], [true])[0]]
        old[6].id = "gone"
        old[2].resolved = true  // q3 resolved differently then
        old[3].probability = nil  // q4 unanswered in the baseline
        var now = ScoringFixture.hand + [ScoringFixture.questions([0.5], [true])[0]]
        now[5].id = "q7"
        now[4].probability = nil  // q5 unanswered now
        now.append(ScoredQuestion(id: "new", outcome: "x", probability: 0.5, resolved: false, source: "s"))
        let report = try ScoringFixture.report(now, gate: ScoreGate(baseline: try ScoringFixture.report(old)))
        let check = try #require(report.gate?.baseline)
        #expect(check.test?.count == 2)  // q1 and q2
        #expect(check.notPaired == ["resolved differently": 1, "unanswered in the baseline": 2, "unanswered here": 1,
                                    "only in this scoring": 1, "only in the baseline": 1])
        #expect(report.exitCode == 2)  // q5 is unanswered
    }

    @Test func noSharedQuestionCannotPass() throws {
        let baseline = try ScoringFixture.report(ScoringFixture.questions([0.1], [false]).map { var q = $0; q.id = "other"; return q })
        let report = try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(baseline: baseline))
        #expect(report.gate?.baseline?.verdict == .undecided && report.gate?.baseline?.test == nil && report.exitCode == 2)
        #expect(report.markdown().contains("no question is answered in both with the same resolution"))
        let alsoFailing = try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: 0.2, baseline: baseline))
        #expect(alsoFailing.exitCode == 1)
    }

    @Test func invalidGateIsRefused() {
        #expect(throws: ScoreError.invalidGate("alpha 1.5 is not in (0, 1)")) {
            try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: 0.3, alpha: 1.5))
        }
        #expect(throws: ScoreError.self) { try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: -1)) }
        #expect(throws: ScoreError.self) { try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(maxBrier: .nan)) }
        #expect(throws: ScoreError.self) { try ScoringFixture.report(ScoringFixture.hand, gate: ScoreGate(margin: .infinity)) }
    }
}

import Foundation
import Testing

/// `demarche score` end to end: probabilities read from the per-run values,
/// unanswered questions, located refusals, the gate's exit codes, and the
/// TIES backtest through the real pipeline (backtest → run → score).
@Suite(.serialized) struct ScoreCommandTests {
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-score-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    static func write(_ name: String, _ text: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// An order issued on a fixed day, and one complied with after an exponential wait of `mean` days.
    static func scenario(_ name: String, mean: Int) throws -> String {
        try write(name, """
            demarche: 1
            name: score fixture
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors: { us: { kind: state }, firm: { kind: firm }, other: { kind: firm } }
            orders:
              fixed: { issuer: us, target: firm, issued: 2024-03-10, deadline: 1y }
              random: { issuer: us, target: other, issued: 2024-01-01, deadline: 300d, compliance: { dist: exponential, mean: \(mean)d } }
            outcomes:
              fixed-issued: { event: order.fixed.issued, by: 2024-06-30 }
              complied: { event: order.random.complied, by: 2024-06-30 }
              both: { count: [order.fixed.issued, order.random.complied], by: 2024-06-30 }
              share: { attribute: { actor: other, attribute: alignment } }
              random-in-force: { in_force: random, on: 2024-12-31 }
            """)
    }

    static func report(_ scenario: String, _ name: String, runs: Int = 2_000) throws -> String {
        let path = directory.appendingPathComponent(name).path
        let result = try CommandRunner.run(["run", scenario, "--runs", "\(runs)", "--seed", "7", "--format", "json", "--out", path,
                                            "--no-timing", "--quiet"])
        #expect(result.status == 0, "\(result.standardError)")
        return path
    }

    static func resolutions(_ name: String, _ questions: String) throws -> String {
        try write(name, "demarche_resolutions: 1\nquestions:\n" + questions)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Rows of a score's JSON by question id.
    static func rows(_ output: String) throws -> [String: [String: Any]] {
        let rows = try #require(try json(output)["rows"] as? [[String: Any]])
        var byID: [String: [String: Any]] = [:]
        for row in rows {
            let question = try #require(row["question"] as? [String: Any])
            byID[try #require(question["id"] as? String)] = question
        }
        return byID
    }

    @Test func probabilitiesAreSharesOfRunsBeforeTheEndOfTheDay() throws {
        let report = try Self.report(try Self.scenario("fixture.yaml", mean: 100), "fixture.json")
        let questions = try Self.resolutions("shares.yaml", """
              early: { outcome: complied, by: 2024-02-15, resolved: false, source: test }
              own-date: { outcome: complied, resolved: true, source: test }
              on-the-day: { outcome: fixed-issued, by: 2024-03-10, resolved: true, source: test }
              day-before: { outcome: fixed-issued, by: 2024-03-09, resolved: false, source: test }
              two: { outcome: both, at_least: 2, resolved: true, source: test }
              in-force: { outcome: random-in-force, resolved: false, source: test }
            """)
        let result = try CommandRunner.run(["score", questions, report, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let rows = try Self.rows(result.standardOutput)
        let outcomes = try #require(try Self.json(try String(contentsOfFile: report, encoding: .utf8))["outcomes"] as? [[String: Any]])
        func values(_ id: String) throws -> [Double?] {
            let outcome = try #require(outcomes.first { $0["id"] as? String == id })
            return try #require(outcome["values"] as? [Any]).map { $0 as? Double }
        }
        func share(_ values: [Double?], _ hit: (Double) -> Bool) -> Double {
            Double(values.count { $0.map(hit) ?? false }) / Double(values.count)
        }
        // 2024-02-15 is day 45; its end is day 46. 2024-06-30 is day 181; its end is day 182.
        let complied = try values("complied")
        #expect(rows["early"]?["probability"] as? Double == share(complied) { $0 < 46 })
        #expect(rows["own-date"]?["probability"] as? Double == share(complied) { $0 < 182 })
        #expect(rows["own-date"]?["by"] as? String == "2024-06-30")
        #expect(rows["on-the-day"]?["probability"] as? Double == 1)
        #expect(rows["day-before"]?["probability"] as? Double == 0)
        #expect(rows["two"]?["probability"] as? Double == share(try values("both")) { $0 >= 2 })
        #expect(rows["early"]?["runs"] as? Int == 2_000)
        // In force at the end of 2024-12-31 iff not complied before the deadline (day 300) missed it.
        let inForce = try values("random-in-force")
        #expect(inForce.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(zip(inForce, complied).allSatisfy { ($0 == 1) == !(($1 ?? .infinity) < 300) })
        #expect(rows["in-force"]?["probability"] as? Double == share(inForce) { $0 == 1 })
    }

    @Test func questionsNoReportAnswersAreListedUnanswered() throws {
        let report = try Self.report(try Self.scenario("fixture.yaml", mean: 100), "fixture.json")
        let questions = try Self.resolutions("unanswered.yaml", """
              fine: { outcome: complied, resolved: true, source: test }
              misspelt: { outcome: complyed, resolved: true, source: test }
              too-late: { outcome: complied, by: 2025-01-01, resolved: true, source: test }
              count-on-event: { outcome: complied, at_least: 1, resolved: true, source: test }
              no-at-least: { outcome: both, resolved: true, source: test }
              other-date: { outcome: both, at_least: 1, by: 2024-05-01, resolved: true, source: test }
              not-yes-no: { outcome: share, resolved: true, source: test }
              in-force-other-date: { outcome: random-in-force, by: 2024-06-30, resolved: true, source: test }
            """)
        let result = try CommandRunner.run(["score", questions, report, "--format", "json"])
        #expect(result.exitedNormally && result.status == 2)
        let rows = try Self.rows(result.standardOutput)
        #expect(rows.count == 8, "every question is listed")
        #expect(rows["fine"]?["probability"] is Double)
        for id in ["misspelt", "too-late", "count-on-event", "no-at-least", "other-date", "not-yes-no", "in-force-other-date"] {
            #expect(rows[id]?["probability"] == nil && rows[id]?["unanswered"] is String, "\(id)")
        }
        let errors = result.standardError
        #expect(errors.contains("unanswered.yaml:4:24: error: questions.misspelt.outcome: no report has an outcome 'complyed' (did you mean 'complied'?)"))
        #expect(errors.contains("questions.too-late.by: 2025-01-01 is after"))
        #expect(errors.contains("questions.count-on-event.at_least: 'complied' is an event outcome"))
        #expect(errors.contains("questions.no-at-least.outcome: 'both' is a count outcome"))
        #expect(errors.contains("questions.other-date.by: 'both' counts events by 2024-06-30 only"))
        #expect(errors.contains("questions.not-yes-no.outcome: 'share' is a share or attribute outcome"))
        #expect(errors.contains("questions.in-force-other-date.by: 'random-in-force' observes its order at the end of 2024-12-31 only"))
    }

    @Test func brokenInputIsRefusedWithExitTwo() throws {
        let report = try Self.report(try Self.scenario("fixture.yaml", mean: 100), "fixture.json")
        let badResolution = try Self.resolutions("bad.yaml", "  q: { outcome: complied, resolved: maybe, source: test }\n")
        let refused = try CommandRunner.run(["score", badResolution, report])
        #expect(refused.status == 2 && refused.standardError.contains("bad.yaml:3:37: error: questions.q.resolved: expected true or false"))
        let good = try Self.resolutions("good.yaml", "  q: { outcome: complied, resolved: true, source: test }\n")
        let text = try String(contentsOfFile: report, encoding: .utf8)
        let future = try Self.write("future.json", text.replacingOccurrences(of: "\"format\" : 3,", with: "\"format\" : 99,"))
        let version = try CommandRunner.run(["score", good, future])
        #expect(version.status == 2 && version.standardError.contains("report format 99, but this Demarche reads formats 2 and 3"))
        let notScore = try CommandRunner.run(["score", good, report, "--baseline", report])
        #expect(notScore.status == 2 && notScore.standardError.contains("not a Demarche score report (it is a Monte Carlo report"))
        let missing = try CommandRunner.run(["score", good, Self.directory.appendingPathComponent("nope.json").path])
        #expect(missing.exitedNormally && missing.status == 2)
    }

    @Test func gateExitCodes() throws {
        let good = try Self.report(try Self.scenario("good.yaml", mean: 1_000), "good.json")
        let bad = try Self.report(try Self.scenario("bad.yaml", mean: 5), "bad.json")
        // The order is not complied with by any of these dates: a slow compliance forecasts that well.
        let questions = try Self.resolutions("gate.yaml", ["2024-01-20", "2024-02-10", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-30"]
            .enumerated().map { "  q\($0.offset): { outcome: complied, by: \($0.element), resolved: false, source: test }" }
            .joined(separator: "\n") + "\n")
        #expect(try CommandRunner.run(["score", questions, good, "--max-brier", "0.25"]).status == 0)
        #expect(try CommandRunner.run(["score", questions, bad, "--max-brier", "0.25"]).status == 1)
        let baseline = Self.directory.appendingPathComponent("baseline.json").path
        #expect(try CommandRunner.run(["score", questions, good, "--format", "json", "--out", baseline]).status == 0)
        let same = try CommandRunner.run(["score", questions, good, "--baseline", baseline, "--margin", "0.01"])
        #expect(same.status == 0, "\(same.standardOutput)")
        let worse = try CommandRunner.run(["score", questions, bad, "--baseline", baseline, "--margin", "0.01"])
        #expect(worse.status == 1, "\(worse.standardOutput)")
        let others = try Self.resolutions("others.yaml", "  other: { outcome: complied, resolved: false, source: test }\n")
        #expect(try CommandRunner.run(["score", others, good, "--baseline", baseline]).status == 2, "nothing in common: undecided")
    }

    /// The TIES temporal backtest through the pipeline: the emitted scenario's
    /// Monte Carlo forecasts score what the backtest's own parametric
    /// forecasts score, within Monte Carlo error.
    @Test func tiesBacktestThroughThePipeline() throws {
        let folder = Self.directory.appendingPathComponent("backtest").path
        let reference = ScenarioCommandTests.path("Scenarios/reference/ties-threats.yaml")
        let backtest = try CommandRunner.run(["backtest", reference, "--split", "1990-01-01", "--until", "2005-12-31",
                                              "--format", "json", "--emit", folder])
        #expect(backtest.status == 0, "\(backtest.standardError)")
        let scenario = folder + "/backtest-scenario.yaml"
        let resolutions = folder + "/backtest-resolutions.yaml"
        let validate = try CommandRunner.run(["validate", scenario, resolutions])
        #expect(validate.status == 0 && validate.standardError.isEmpty, "\(validate.standardError)")
        let forecast = try Self.report(scenario, "backtest-forecast.json", runs: 8_000)
        let score = try CommandRunner.run(["score", resolutions, forecast, "--format", "json"])
        #expect(score.status == 0, "\(score.standardError)")
        let resolutionSets = try #require(try Self.json(score.standardOutput)["resolutions"] as? [[String: Any]])
        let summary = try #require(resolutionSets.first?["score"] as? [String: Any])
        let brier = try #require(summary["brier"] as? Double)
        let count = try #require(summary["count"] as? Int)
        // The snippet takes the Weibull fit of giving in: the backtest's Weibull rows, weighted by their questions.
        let rows = try #require(try Self.json(backtest.standardOutput)["rows"] as? [[String: Any]])
        let weibull = rows.filter { $0["method"] as? String == "weibull" }
        let questions = weibull.compactMap { $0["questions"] as? Int }
        let expected = zip(weibull.compactMap { $0["brier"] as? Double }, questions).reduce(0) { $0 + $1.0 * Double($1.1) }
            / Double(questions.reduce(0, +))
        #expect(count == questions.reduce(0, +))
        #expect(abs(brier - expected) < 0.003, "pipeline \(brier), backtest \(expected)")
    }
}

@testable import DemarcheExperiment
import DemarcheKernel
import DemarcheModel
import DemarcheReport
import DemarcheScenario
import Foundation
import Testing

/// `demarche calibrate` and `demarche backtest` on the bundled TIES classes:
/// the snippet a scenario takes reproduces the fitted incidence through the
/// whole simulation, and the backtest's scores are what they say.
@Suite struct CalibrationTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Scenarios/reference").standardized

    static func reference(_ name: String) throws -> ReferenceClass {
        try ReferenceLoader.load(contentsOf: directory.appendingPathComponent(name).path)
    }

    /// The preferred (lowest-AIC) hazard of each cause, refitted from the report's choice.
    static func preferredHazards(_ report: CalibrationReport, _ reference: ReferenceClass) throws -> [CauseSpecificHazard] {
        let cases = reference.cases.map { SurvivalCase(time: $0.time, cause: $0.cause) }
        return try reference.causes.indices.map { cause in
            let fit = try #require(report.fits.first { $0.cause == reference.causes[cause] && $0.preferred })
            return try CauseSpecificHazard.fit(cases, cause: cause, form: try #require(HazardForm(rawValue: fit.form)))
        }
    }

    @Test func reportCountsFitsAndChecks() throws {
        let reference = try Self.reference("ties-threat-only.yaml")
        let report = try Calibrator(reference: reference, toolVersion: "test").report()
        #expect(report.counts.cases == 499 && report.counts.events["gives-in"] == 201 && report.counts.censored == 52)
        #expect(report.fits.count == 8)
        #expect(report.covariateFits.isEmpty)
        let exponential = try #require(report.fits.first { $0.cause == "gives-in" && $0.form == "exponential" })
        let exposure = reference.cases.reduce(0) { $0 + $1.time }
        #expect(exponential.baseline.first?.estimate == 201 / exposure, "events ÷ exposure, exactly")
        // The Aalen–Johansen incidence of every cause at every checkpoint, and the parametric fit at each.
        #expect(report.incidence.map(\.checkpoints.count) == [4, 4, 4, 4])
        #expect(report.fits.allSatisfy { $0.incidence.count == 4 })
        #expect(report.snippet.contains("weibull:") && report.snippet.contains("ends:\n  sender-backs-down:"))
        #expect(report.markdown().contains("## Fit check: parametric against Aalen–Johansen"))
        #expect(report.html().components(separatedBy: "<svg").count == 5, "one chart per cause")
        let decoded = try ReportJSON.decode(CalibrationReport.self, from: Data(report.json().utf8))
        #expect(decoded.snippet == report.snippet)
    }

    @Test func profileRescalesTheSnippet() throws {
        let reference = try Self.reference("ties-us-threats.yaml")
        #expect(throws: CalibrationError.self) { try Calibrator(reference: reference, profile: ["instituion": 1], toolVersion: "t") }
        let at0 = try Calibrator(reference: reference, toolVersion: "t").report()
        let at1 = try Calibrator(reference: reference, profile: ["institution": 1], toolVersion: "t").report()
        #expect(at0.covariateFits.count == 8)
        #expect(at1.snippet.contains("# Hazards at covariates institution = 1."))
        #expect(at0.snippet != at1.snippet)
    }

    /// A decision built from the printed snippet, with no pressure, run for
    /// 200,000 replications, ends in each cause by each checkpoint as often
    /// as the fitted cause-specific hazards say (within 4 standard errors).
    @Test func snippetRoundTripsThroughTheModel() async throws {
        let reference = try Self.reference("ties-threat-only.yaml")
        let report = try Calibrator(reference: reference, toolVersion: "test").report()
        let hazards = try Self.preferredHazards(report, reference)
        let decision = report.snippet.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { "    " + $0 }.joined(separator: "\n")
        let events = ["decision.case.give-in"] + reference.causes.dropFirst().map { "decision.case.\($0)" }
        // Dated after the case file's publication (2014) and its last case (2013), as the as-of rule requires.
        let text = """
            demarche: 1
            name: round trip
            as_of: 2015-01-01
            start: 2015-01-01
            horizon: 2017-12-31
            actors:
              target: { kind: state, name: Target }
            decisions:
              case:
                actor: target
                since: 2015-01-01
            \(decision)
                options:
                  give-in: { complies: true }
            outcomes:
            \(events.enumerated().map { "  o\($0.offset): { event: \($0.element) }" }.joined(separator: "\n"))
            """
        let scenario = try ScenarioLoader.load(text: text, file: "round-trip.yaml")
        #expect(scenario.warnings.isEmpty, "every snippet value cites the reference class")
        #expect(scenario.model.provenance.sources.map(\.published) == [reference.published])
        let plans = try [ReplicationPlan(scenario.model), ReplicationPlan(ScenarioLoader.load(text: text, file: "round-trip.yaml").model)]
        let runs = 200_000
        let result = try await MonteCarloRunner.run(plans, RunConfiguration(runs: runs, seed: 11, jobs: 2)) { _, _ in }
        for cause in reference.causes.indices {
            for day in reference.checkpoints {
                let observed = Double(result.outcomeValues[cause].count { $0 <= day }) / Double(runs)
                let expected = ParametricIncidence.incidence(hazards, cause: cause, at: day)
                let standardError = (expected * (1 - expected) / Double(runs)).squareRoot()
                #expect(abs(observed - expected) <= 4 * standardError + 1e-12,
                        "\(reference.causes[cause]) by day \(day): simulated \(observed), fitted \(expected)")
            }
        }
    }

    @Test func backtestScoresAreWhatTheySay() throws {
        let reference = try Self.reference("ties-threats.yaml")
        let split = try CalendarDate(year: 1990, month: 1, day: 1)
        let until = try CalendarDate(year: 2005, month: 12, day: 31)
        let backtest = try Backtest(reference: reference, split: split, until: until, horizons: [365, 730], toolVersion: "t")
        let report = try backtest.report()
        let splitDay = Double(split.dayNumber)
        let training = reference.cases.filter { $0.start < splitDay }
        let test = reference.cases.filter { $0.start >= splitDay && $0.start < Double(until.dayNumber + 1) }
        #expect(report.trainingCases == training.count && report.testCases == test.count)
        // Independently: the training share that gave in within a year, and its Brier score on the test cases.
        func resolved(_ item: ReferenceClass.Case, _ horizon: Double) -> Bool? {
            if let cause = item.cause, item.time <= horizon { return cause == 0 }
            return item.time >= horizon ? false : nil
        }
        for horizon in [365.0, 730.0] {
            let trainingAnswers = training.compactMap { resolved($0, horizon) }
            let rate = Double(trainingAnswers.count { $0 }) / Double(trainingAnswers.count)
            let answers = test.compactMap { resolved($0, horizon) }
            let brier = answers.reduce(0) { $0 + ($1 ? (1 - rate) * (1 - rate) : rate * rate) } / Double(answers.count)
            let row = try #require(report.rows.first { $0.method.hasPrefix("base rate") && $0.horizonDays == horizon })
            #expect(row.questions == answers.count)
            #expect(abs(row.meanForecast - rate) < 1e-12)
            #expect(abs(row.brier - brier) < 1e-12)
            #expect(row.brierSkill == 0)
            #expect(report.rows.contains { $0.method == "weibull" && $0.horizonDays == horizon })
        }
        #expect(throws: BacktestError.noTestCases) {
            try Backtest(reference: reference, split: until, until: until, horizons: [365], toolVersion: "t").report()
        }
    }
}

@testable import DemarcheReport
import Testing

/// The fit throws a `SurvivalFitError` (never traps) on input it cannot use.
@Suite struct CauseSpecificHazardValidationTests {
    let good = [SurvivalCase(time: 5, cause: 0), SurvivalCase(time: 9, cause: 0), SurvivalCase(time: 12, cause: nil)]

    func error(_ cases: [SurvivalCase], cause: Int = 0, form: HazardForm = .weibull, names: [String] = []) -> SurvivalFitError? {
        do {
            _ = try CauseSpecificHazard.fit(cases, cause: cause, form: form, covariateNames: names)
            return nil
        } catch let error as SurvivalFitError {
            return error
        } catch {
            return nil
        }
    }

    @Test(arguments: HazardForm.allCases)
    func rejectsBadInput(form: HazardForm) {
        #expect(error(good, cause: 1, form: form) == .noEvents(cause: 1))
        #expect(error([], form: form) == .noEvents(cause: 0))
        #expect(error(good + [SurvivalCase(time: -2, cause: nil)], form: form) == .invalidTime(case: 3, time: -2))
        #expect(error(good + [SurvivalCase(time: .infinity, cause: 0)], form: form) == .invalidTime(case: 3, time: .infinity))
        #expect(error(good + [SurvivalCase(time: 3, cause: -1)], form: form) == .invalidCause(case: 3, cause: -1, causeCount: nil))
        #expect(error(good, form: form, names: ["x"]) == .covariateCount(case: 0, expected: 1, found: 0))
        #expect(error([SurvivalCase(time: 5, cause: 0, covariates: [1])], form: form) == .covariateCount(case: 0, expected: 0, found: 1))
        #expect(error([SurvivalCase(time: 5, cause: 0)], form: .weibull) == .tooFewEvents(cause: 0, events: 1, parameters: 2))
    }

    /// NaN never equals itself, so NaN cases are matched by kind.
    @Test func nanTimesAndCovariatesAreNamed() {
        guard case .invalidTime(3, let time) = error(good + [SurvivalCase(time: .nan, cause: nil)]) else {
            Issue.record("NaN time accepted")
            return
        }
        #expect(time.isNaN)
        let notFinite = good.map { SurvivalCase(time: $0.time, cause: $0.cause, covariates: [.nan]) }
        guard case .invalidCovariate(0, 0, let value) = error(notFinite, names: ["x"]) else {
            Issue.record("NaN covariate accepted")
            return
        }
        #expect(value.isNaN)
    }

    @Test func nonFiniteLikelihoodsThrow() {
        // All exposure at time 0: the rate would be infinite.
        #expect(error([SurvivalCase(time: 0, cause: 0)], form: .exponential) == .nonFiniteLikelihood(cause: 0))
        // Exposure that overflows.
        let huge = [SurvivalCase(time: 1.7e308, cause: 0), SurvivalCase(time: 1.7e308, cause: 0)]
        #expect(error(huge, form: .exponential) == .nonFiniteLikelihood(cause: 0))
        // A Weibull event at time 0 has likelihood 0 (k > 1) or ∞ (k < 1).
        #expect(error(good + [SurvivalCase(time: 0, cause: 0)]) == .eventAtTimeZero(cause: 0, case: 3))
    }

    @Test(arguments: HazardForm.allCases)
    func unidentifiableCoefficientsThrow(form: HazardForm) {
        // A covariate that is 0 everywhere carries no information about its coefficient.
        let constant = (good + good).map { SurvivalCase(time: $0.time, cause: $0.cause, covariates: [0]) }
        #expect(error(constant, form: form, names: ["x"]) == .singularInformation(cause: 0))
        // A covariate that separates events from non-events: β runs off to infinity.
        let separated: [SurvivalCase] = (0..<20).map { (i: Int) -> SurvivalCase in
            let event = i % 2 == 0
            return SurvivalCase(time: Double(10 + i), cause: event ? 0 : nil, covariates: [event ? 1.0 : 0.0])
        }
        #expect(error(separated, form: form, names: ["x"]) == .singularInformation(cause: 0))
    }

    @Test func messagesNameTheCaseOrCause() {
        #expect(SurvivalFitError.invalidTime(case: 4, time: -1).description.contains("case 4"))
        #expect(SurvivalFitError.noEvents(cause: 2).description.contains("cause 2"))
        #expect(SurvivalFitError.covariateCount(case: 1, expected: 2, found: 3).description.contains("expected 2"))
    }
}

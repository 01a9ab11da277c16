@testable import DemarcheReport
import DemarcheRandom
import Foundation
import Testing

@Suite struct CauseSpecificHazardTests {
    /// A small competing-risks sample: cause 0 at 10, 30, 30, 80; cause 1 at 50; censored at 20, 90, 120.
    let sample = [SurvivalCase(time: 10, cause: 0), SurvivalCase(time: 20, cause: nil), SurvivalCase(time: 30, cause: 0),
                  SurvivalCase(time: 30, cause: 0), SurvivalCase(time: 50, cause: 1), SurvivalCase(time: 80, cause: 0),
                  SurvivalCase(time: 90, cause: nil), SurvivalCase(time: 120, cause: nil)]

    @Test func exponentialRateIsEventsOverExposureExactly() throws {
        let fit = try CauseSpecificHazard.fit(sample, cause: 0, form: .exponential)
        let rate = 4.0 / 430
        #expect(fit.events == 4 && fit.exposure == 430)
        #expect(fit.baseline.map(\.name) == ["rate"] && fit.baseline[0].estimate == rate)
        // Observed information on the log scale is D, so se(rate) = rate/√D.
        #expect(abs(fit.baseline[0].standardError - rate / 2) < 1e-15)
        #expect(abs(fit.baseline[0].lower - rate * exp(-ProportionInterval.z95 / 2)) < 1e-15)
        #expect(abs(fit.logLikelihood - 4 * (log(rate) - 1)) < 1e-12 && abs(fit.aic - (2 - 2 * fit.logLikelihood)) < 1e-12)
        #expect(abs(fit.hazard(at: 3, covariates: []) - rate) < 1e-18)
        #expect(abs(fit.cumulativeHazard(at: 100, covariates: []) - 100 * rate) < 1e-15)
    }

    /// With one binary covariate the exponential MLE is closed-form too:
    /// rate₀ = D₀/T₀, β = log((D₁/T₁)/(D₀/T₀)); BFGS must find it.
    @Test func exponentialWithBinaryCovariateFindsTheClosedForm() throws {
        let x: [Double] = [0, 1, 1, 0, 0, 1, 0, 1]
        let cases = zip(sample, x).map { SurvivalCase(time: $0.time, cause: $0.cause, covariates: [$1]) }
        let fit = try CauseSpecificHazard.fit(cases, cause: 0, form: .exponential, covariateNames: ["treated"])
        let (rate0, rate1) = (2.0 / (10 + 30 + 50 + 90), 2.0 / (20 + 30 + 80 + 120))
        #expect(abs(fit.baseline[0].estimate / rate0 - 1) < 1e-7)
        #expect(fit.coefficients.map(\.name) == ["treated"])
        #expect(abs(fit.coefficients[0].estimate - log(rate1 / rate0)) < 1e-7)
        // se(β) = √(1/D₀ + 1/D₁) for two Poisson rates.
        #expect(abs(fit.coefficients[0].standardError - (0.5 + 0.5).squareRoot()) < 1e-6)
        #expect(fit.aic == 4 - 2 * fit.logLikelihood)
    }

    /// The analytic gradient and Hessian of the log-likelihood against central differences.
    @Test(arguments: HazardForm.allCases)
    func likelihoodDerivativesMatchFiniteDifferences(form: HazardForm) {
        let stream = RandomStream(seed: 11)
        let cases = (0..<40).map { _ in
            SurvivalCase(time: 1 + 400 * stream.uniform(), cause: stream.uniformInteger(below: 3) == 0 ? nil : stream.uniformInteger(below: 2),
                         covariates: [stream.uniform() < 0.5 ? 1 : 0, stream.uniform() - 0.5])
        }
        let likelihood = CauseSpecificHazard.Likelihood(form: form, cause: 1, cases: cases, covariateCount: 2)
        let theta = form == .weibull ? [-0.2, 5.5, 0.3, -0.7] : [-5.0, 0.3, -0.7]
        let exact = likelihood.derivatives(theta, hessian: true)
        let h = 1e-5
        for i in theta.indices {
            var up = theta, down = theta
            up[i] += h
            down[i] -= h
            let (high, low) = (likelihood.derivatives(up), likelihood.derivatives(down))
            #expect(abs((high.value - low.value) / (2 * h) - exact.gradient[i]) < 1e-5 * (1 + abs(exact.gradient[i])))
            for j in theta.indices {
                let numeric = (high.gradient[j] - low.gradient[j]) / (2 * h)
                #expect(abs(numeric - exact.hessian[i][j]) < 1e-5 * (1 + abs(exact.hessian[i][j])), "H[\(i)][\(j)]")
            }
        }
    }

    @Test func weibullFitIsAStationaryPointAtLeastAsLikelyAsTheExponential() throws {
        let exponential = try CauseSpecificHazard.fit(sample, cause: 0, form: .exponential)
        let weibull = try CauseSpecificHazard.fit(sample, cause: 0, form: .weibull)
        #expect(weibull.baseline.map(\.name) == ["shape", "scale"])
        #expect(weibull.logLikelihood >= exponential.logLikelihood - 1e-9)
        let likelihood = CauseSpecificHazard.Likelihood(form: .weibull, cause: 0, cases: sample, covariateCount: 0)
        let gradient = likelihood.derivatives([log(weibull.baseline[0].estimate), log(weibull.baseline[1].estimate)]).gradient
        #expect(gradient.allSatisfy { abs($0) < 1e-5 })
        for value in weibull.baseline {
            #expect(value.lower < value.estimate && value.estimate < value.upper && value.standardError > 0)
        }
        // H(t) = (t/λ)^k and h = dH/dt.
        let (k, lambda) = (weibull.baseline[0].estimate, weibull.baseline[1].estimate)
        #expect(abs(weibull.cumulativeHazard(at: 40, covariates: []) - pow(40 / lambda, k)) < 1e-12)
        let slope = (weibull.cumulativeHazard(at: 40 + 1e-4, covariates: []) - weibull.cumulativeHazard(at: 40 - 1e-4, covariates: [])) / 2e-4
        #expect(abs(slope - weibull.hazard(at: 40, covariates: [])) < 1e-9)
        #expect(weibull.hazard(at: 40, covariates: [1]).isNaN && weibull.cumulativeHazard(at: -1, covariates: []) == 0)
    }
}

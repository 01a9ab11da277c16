@testable import DemarcheReport
import Foundation
import Testing

@Suite struct ParametricIncidenceTests {
    static func exponential(_ cause: Int, rate: Double, beta: [Double] = []) -> CauseSpecificHazard {
        CauseSpecificHazard(cause: cause, form: .exponential, baseline: [FittedValue(name: "rate", estimate: rate)],
                            coefficients: beta.map { FittedValue(name: "x", estimate: $0) })
    }

    static func weibull(_ cause: Int, shape: Double, scale: Double) -> CauseSpecificHazard {
        CauseSpecificHazard(cause: cause, form: .weibull, baseline: [FittedValue(name: "shape", estimate: shape),
                                                                     FittedValue(name: "scale", estimate: scale)])
    }

    /// F_c(t) = (r_c/Σr)(1 − e^{−Σr·t}), here with a covariate on cause 1.
    @Test func exponentialHazardsMatchTheClosedForm() {
        let hazards = [Self.exponential(0, rate: 0.002, beta: [0]), Self.exponential(1, rate: 0.001, beta: [0.4]),
                       Self.exponential(2, rate: 0.0005, beta: [-1])]
        for x in [0.0, 1.0] {
            let rates = [0.002, 0.001 * exp(0.4 * x), 0.0005 * exp(-x)]
            let total = rates.reduce(0, +)
            for t in [1.0, 30, 365, 2000] {
                for cause in 0..<3 {
                    let expected = rates[cause] / total * (1 - exp(-total * t))
                    let got = ParametricIncidence.incidence(hazards, cause: cause, at: t, covariates: [x])
                    #expect(abs(got - expected) < 1e-10, "cause \(cause) at \(t), x = \(x)")
                }
            }
        }
    }

    /// One cause alone: F(t) = 1 − exp(−(t/λ)^k), rising and falling hazards.
    @Test(arguments: [0.4, 0.7, 1.0, 1.3, 3.0])
    func singleWeibullMatchesItsDistributionFunction(shape: Double) {
        let hazard = [Self.weibull(0, shape: shape, scale: 500)]
        for t in [0.5, 10, 250, 500, 1500] {
            let expected = 1 - exp(-pow(t / 500, shape))
            #expect(abs(ParametricIncidence.incidence(hazard, cause: 0, at: t) - expected) < 1e-10, "t = \(t)")
        }
    }

    /// A Weibull with k < 1 (infinite hazard at 0) mixed with an exponential and
    /// a rising Weibull, against composite Simpson on an independent
    /// substitution u = t·s² (so h(u)·du is bounded for k ≥ 1/2), 40,000 panels.
    @Test func decreasingWeibullMixedWithOthersMatchesAFineIntegration() {
        let hazards = [Self.weibull(0, shape: 0.7, scale: 500), Self.exponential(1, rate: 0.001),
                       Self.weibull(2, shape: 1.3, scale: 900)]
        func survival(_ u: Double) -> Double { exp(-hazards.reduce(0) { $0 + $1.cumulativeHazard(at: u, covariates: []) }) }
        func simpson(cause: Int, _ t: Double) -> Double {
            let panels = 40_000
            let h = 1.0 / Double(panels)
            func f(_ s: Double) -> Double {
                guard s > 0 else { return 0 }  // 2t·s·h(ts²) ∝ s^{2k−1} → 0 for k > 1/2
                let u = t * s * s
                return 2 * t * s * hazards[cause].hazard(at: u, covariates: []) * survival(u)
            }
            var sum = f(0) + f(1)
            for i in 1..<panels { sum += (i % 2 == 1 ? 4 : 2) * f(Double(i) * h) }
            return sum * h / 3
        }
        for t in [5.0, 200, 1000] {
            var total = 0.0
            for cause in 0..<3 {
                let got = ParametricIncidence.incidence(hazards, cause: cause, at: t)
                #expect(abs(got - simpson(cause: cause, t)) < 1e-6, "cause \(cause) at \(t)")
                total += got
            }
            #expect(abs(total - (1 - survival(t))) < 1e-9, "the incidences add up to 1 − S(\(t))")
        }
    }

    @Test func edgeCases() {
        let hazards = [Self.exponential(0, rate: 0.01), Self.weibull(1, shape: 0.5, scale: 100)]
        #expect(ParametricIncidence.incidence(hazards, cause: 0, at: 0) == 0)
        #expect(ParametricIncidence.incidence(hazards, cause: 1, at: -3) == 0)
        #expect(ParametricIncidence.incidence(hazards, cause: 2, at: 10).isNaN, "no hazard for cause 2")
        #expect(ParametricIncidence.incidence(hazards, cause: 0, at: 10, covariates: [1]).isNaN, "covariates that fit no hazard")
        #expect(ParametricIncidence.incidence(hazards, cause: 0, at: .nan).isNaN)
        #expect(ParametricIncidence.incidence([], cause: 0, at: 10).isNaN)
    }
}

@testable import DemarcheReport
import DemarcheRandom
import Foundation
import Testing

/// Do the fitted 95% intervals cover the truth about 95% of the time?
/// Each repetition draws 300 cases from two independent latent Weibull times
/// (cause 0: k = 0.7, λ = 500, log hazard ratio 0.5 for a binary covariate;
/// cause 1: k = 1.3, λ = 900, no effect) and uniform censoring on [0, 1500];
/// with independent latent times the cause-specific hazards are the marginal
/// ones, so each cause's fit should recover its parameters. 200 seeded
/// repetitions; each interval must cover in 90–99% of them.
@Suite struct CauseSpecificHazardCoverageTests {
    struct Truth {
        var shape: Double
        var scale: Double
        var beta: Double
    }

    static let truths = [Truth(shape: 0.7, scale: 500, beta: 0.5), Truth(shape: 1.3, scale: 900, beta: 0)]

    static func sample(seed: UInt64, size: Int = 300) throws -> [SurvivalCase] {
        let stream = RandomStream(seed: seed)
        let draws = try truths.map { truth in
            // h(t|x) = h₀(t)·e^{βx} is a Weibull with scale λ·e^{−βx/k}.
            try [0.0, 1.0].map { x in try Weibull(scale: truth.scale * exp(-truth.beta * x / truth.shape), shape: truth.shape) }
        }
        return (0..<size).map { _ in
            let x = stream.uniform() < 0.5 ? 1 : 0
            let latent = draws.map { $0[x].sample(using: stream) }
            let censoring = 1500 * stream.uniform()
            let first = latent[0] <= latent[1] ? 0 : 1
            return latent[first] <= censoring
                ? SurvivalCase(time: latent[first], cause: first, covariates: [Double(x)])
                : SurvivalCase(time: censoring, cause: nil, covariates: [Double(x)])
        }
    }

    @Test func weibullIntervalsCoverTheTruth() throws {
        let repetitions = 200
        var covered = Array(repeating: [0, 0, 0], count: 2)  // shape, scale, β per cause
        for seed in 1...UInt64(repetitions) {
            let cases = try Self.sample(seed: seed)
            for cause in 0..<2 {
                let fit = try CauseSpecificHazard.fit(cases, cause: cause, form: .weibull, covariateNames: ["x"])
                let truth = Self.truths[cause]
                let values = fit.baseline + fit.coefficients
                for (index, target) in [truth.shape, truth.scale, truth.beta].enumerated()
                where values[index].lower <= target && target <= values[index].upper {
                    covered[cause][index] += 1
                }
            }
        }
        for cause in 0..<2 {
            for (index, name) in ["shape", "scale", "beta"].enumerated() {
                let rate = Double(covered[cause][index]) / Double(repetitions)
                #expect(rate >= 0.90 && rate <= 0.99, "cause \(cause) \(name): \(rate)")
            }
        }
    }
}

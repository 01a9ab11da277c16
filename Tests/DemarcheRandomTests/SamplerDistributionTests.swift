import CDemarcheGSL
import DemarcheRandom
import Testing

/// Each continuous sampler against its CDF as GSL computes it, by the
/// Kolmogorov–Smirnov test at significance 0.001 with n = 20,000 draws, for
/// several seeds, on every generator. A wrong parameterisation (scale for rate, sd for variance)
/// moves D far beyond the critical value 0.0138; `detectsAWrongCDF` shows the
/// test has that power.
@Suite struct SamplerDistributionTests {
    static let sampleSize = 20_000
    static let seeds: [UInt64] = [1, 2, 3, 17, 4357]

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let draw: @Sendable (UInt64, Int, RandomGenerator) -> [Double]
        let cdf: @Sendable (Double) -> Double
        var testDescription: String { name }

        init<D: Distribution>(_ name: String, _ distribution: D, cdf: @escaping @Sendable (Double) -> Double)
        where D.Value == Double {
            self.name = name
            self.draw = { KolmogorovSmirnov.draws(distribution, seed: $0, count: $1, generator: $2) }
            self.cdf = cdf
        }
    }

    static let cases: [Case] = [
        Case("uniform", try! Uniform(low: -1, high: 3)) { gsl_cdf_flat_P($0, -1, 3) },
        Case("normal", try! Normal(mean: 10, standardDeviation: 2)) { gsl_cdf_gaussian_P($0 - 10, 2) },
        Case("lognormal", try! LogNormal(mu: 5.03, sigma: 1.66)) { gsl_cdf_lognormal_P($0, 5.03, 1.66) },
        Case("gamma", try! Gamma(shape: 2.5, scale: 30)) { gsl_cdf_gamma_P($0, 2.5, 30) },
        Case("beta", try! Beta(alpha: 2, beta: 5)) { gsl_cdf_beta_P($0, 2, 5) },
        Case("weibull", try! Weibull(scale: 100, shape: 1.5)) { gsl_cdf_weibull_P($0, 100, 1.5) },
        Case("exponential", try! Exponential(mean: 90)) { gsl_cdf_exponential_P($0, 90) },
        Case("triangular", try! Triangular(low: 10, mode: 30, high: 100)) { x in
            x < 30 ? (x - 10) * (x - 10) / (90 * 20) : 1 - (100 - x) * (100 - x) / (90 * 70)
        },
        Case("truncated normal (central)", try! TruncatedNormal(mean: 30, standardDeviation: 20, low: 0, high: 60)) { x in
            let a = gsl_cdf_gaussian_P(-30, 20), b = gsl_cdf_gaussian_P(30, 20)
            return (gsl_cdf_gaussian_P(x - 30, 20) - a) / (b - a)
        },
        Case("truncated normal (far tail)", try! TruncatedNormal(mean: 0, standardDeviation: 1, low: 6, high: 9)) { x in
            let qa = gsl_cdf_ugaussian_Q(6), qb = gsl_cdf_ugaussian_Q(9)
            return (qa - gsl_cdf_ugaussian_Q(x)) / (qa - qb)
        },
        Case("empirical", try! Empirical(values: [1, 3, 5, 9])) { x in
            // Piecewise linear through (1, 0), (3, 1/3), (5, 2/3), (9, 1).
            switch x {
            case ..<1: 0
            case ..<3: (x - 1) / 6
            case ..<5: 1.0 / 3 + (x - 3) / 6
            case ..<9: 2.0 / 3 + (x - 5) / 12
            default: 1
            }
        },
    ]

    @Test(arguments: cases, RandomGenerator.allCases)
    func matchesCDF(_ testCase: Case, _ generator: RandomGenerator) {
        for seed in Self.seeds {
            let d = KolmogorovSmirnov.statistic(testCase.draw(seed, Self.sampleSize, generator), cdf: testCase.cdf)
            #expect(d < KolmogorovSmirnov.criticalValue(sampleSize: Self.sampleSize), "seed \(seed): D = \(d)")
        }
    }

    @Test func detectsAWrongCDF() throws {
        let sample = KolmogorovSmirnov.draws(try Normal(mean: 10, standardDeviation: 2), seed: 1, count: Self.sampleSize)
        let d = KolmogorovSmirnov.statistic(sample) { gsl_cdf_gaussian_P($0 - 10.2, 2) }
        #expect(d > KolmogorovSmirnov.criticalValue(sampleSize: Self.sampleSize))
    }

    @Test func truncatedNormalStaysInItsInterval() throws {
        let sample = KolmogorovSmirnov.draws(
            try TruncatedNormal(mean: 0, standardDeviation: 1, low: 6, high: 9), seed: 5, count: 10_000)
        #expect(sample.allSatisfy { (6...9).contains($0) })
    }
}

/// Discrete samplers: frequencies within 4 standard errors of their
/// probabilities (a false alarm about once in 16,000 checks).
@Suite struct DiscreteSamplerTests {
    static let draws = 100_000

    func within4SE(_ count: Int, _ p: Double) -> Bool {
        let n = Double(Self.draws)
        return abs(Double(count) - n * p) <= 4 * (n * p * (1 - p)).squareRoot()
    }

    @Test(arguments: [0.0, 0.05, 0.3, 0.5, 1.0], RandomGenerator.allCases)
    func bernoulliFrequency(_ p: Double, _ generator: RandomGenerator) throws {
        let bernoulli = try Bernoulli(p: p)
        let stream = RandomStream(seed: 11, algorithm: generator)
        let hits = (0..<Self.draws).count { _ in bernoulli.sample(using: stream) }
        #expect(within4SE(hits, p))
    }

    @Test(arguments: RandomGenerator.allCases)
    func poissonProbabilities(_ generator: RandomGenerator) throws {
        let poisson = try Poisson(mean: 4.5)
        let stream = RandomStream(seed: 12, algorithm: generator)
        var counts = [Int](repeating: 0, count: 40)
        for _ in 0..<Self.draws { counts[min(poisson.sample(using: stream), 39)] += 1 }
        for k in 0..<12 {
            #expect(within4SE(counts[k], gsl_ran_poisson_pdf(UInt32(k), 4.5)), "k = \(k)")
        }
    }

    @Test(arguments: RandomGenerator.allCases)
    func categoricalFrequencies(_ generator: RandomGenerator) throws {
        let categorical = try Categorical(weights: [1, 2, 0, 7])
        #expect(zip(categorical.probabilities, [0.1, 0.2, 0.0, 0.7]).allSatisfy { abs($0 - $1) < 1e-15 })
        let stream = RandomStream(seed: 13, algorithm: generator)
        var counts = [0, 0, 0, 0]
        for _ in 0..<Self.draws { counts[categorical.sample(using: stream)] += 1 }
        #expect(counts[2] == 0)
        for (k, p) in categorical.probabilities.enumerated() { #expect(within4SE(counts[k], p), "outcome \(k)") }
    }
}

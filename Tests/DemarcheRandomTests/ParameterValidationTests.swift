import DemarcheRandom
import Testing

/// Bad parameters are refused when a distribution is built, naming the
/// parameter; nothing reaches GSL that could make it fail.
@Suite struct ParameterValidationTests {
    func parameter(_ build: () throws -> Void) -> String? {
        do {
            try build()
            return nil
        } catch let error as DistributionError {
            return error.parameter
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test func refusesBadParameters() {
        #expect(parameter { _ = try Fixed(.nan) } == "value")
        #expect(parameter { _ = try Uniform(low: 3, high: 3) } == "high")
        #expect(parameter { _ = try Uniform(low: -.infinity, high: 3) } == "low")
        #expect(parameter { _ = try Triangular(low: 0, mode: 5, high: 4) } == "mode")
        #expect(parameter { _ = try Normal(mean: 0, standardDeviation: 0) } == "sd")
        #expect(parameter { _ = try Normal(mean: .nan, standardDeviation: 1) } == "mean")
        #expect(parameter { _ = try TruncatedNormal(mean: 0, standardDeviation: 1, low: 2, high: 1) } == "high")
        #expect(parameter { _ = try TruncatedNormal(mean: 0, standardDeviation: 1, low: 50, high: 60) } == "low")
        #expect(parameter { _ = try LogNormal(mu: 1, sigma: -1) } == "sigma")
        #expect(parameter { _ = try Gamma(shape: 0, scale: 1) } == "shape")
        #expect(parameter { _ = try Beta(alpha: 1, beta: .infinity) } == "beta")
        #expect(parameter { _ = try Weibull(scale: -2, shape: 1) } == "scale")
        #expect(parameter { _ = try Exponential(mean: 0) } == "mean")
        #expect(parameter { _ = try Bernoulli(p: 1.01) } == "p")
        #expect(parameter { _ = try Bernoulli(p: .nan) } == "p")
        #expect(parameter { _ = try Poisson(mean: 1e12) } == "mean")
        #expect(parameter { _ = try Categorical(weights: []) } == "weights")
        #expect(parameter { _ = try Categorical(weights: [1, -1]) } == "weights[1]")
        #expect(parameter { _ = try Categorical(weights: [0, 0]) } == "weights")
        #expect(parameter { _ = try Empirical(values: [1, .nan]) } == "values[1]")
    }

    @Test func messageSaysWhatWasExpectedAndFound() {
        #expect(throws: DistributionError(parameter: "p", expected: "a probability in [0, 1]", found: "1.5")) {
            _ = try Bernoulli(p: 1.5)
        }
        let error = DistributionError(parameter: "sd", expected: "a positive finite number", found: "-2.0")
        #expect(error.description == "sd: expected a positive finite number, found -2.0")
    }

    @Test func acceptsBoundaryValues() throws {
        _ = try Bernoulli(p: 0)
        _ = try Bernoulli(p: 1)
        _ = try Poisson(mean: 0)
        _ = try Triangular(low: 0, mode: 0, high: 1)
        _ = try Empirical(values: [4])
    }
}

import CDemarcheGSL

/// The lognormal distribution: `exp(N(mu, sigma))` (`gsl_ran_lognormal`).
/// TIES durations (SOURCES.md, TIES-6) are fitted in this form.
public struct LogNormal: Distribution {
    public let mu: Double
    public let sigma: Double

    public init(mu: Double, sigma: Double) throws(DistributionError) {
        try ParameterCheck.finite(mu, "mu")
        try ParameterCheck.positive(sigma, "sigma")
        self.mu = mu
        self.sigma = sigma
    }

    public func sample(using stream: RandomStream) -> Double {
        gsl_ran_lognormal(stream.generator, mu, sigma)
    }
}

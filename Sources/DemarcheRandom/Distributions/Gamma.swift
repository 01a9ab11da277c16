import CDemarcheGSL

/// The gamma distribution with `shape` k and `scale` θ (mean kθ), sampled by
/// `gsl_ran_gamma` (Marsaglia & Tsang, ACM TOMS 26(3), 2000).
public struct Gamma: Distribution {
    public let shape: Double
    public let scale: Double

    public init(shape: Double, scale: Double) throws(DistributionError) {
        try ParameterCheck.positive(shape, "shape")
        try ParameterCheck.positive(scale, "scale")
        self.shape = shape
        self.scale = scale
    }

    public func sample(using stream: RandomStream) -> Double {
        gsl_ran_gamma(stream.generator, shape, scale)
    }
}

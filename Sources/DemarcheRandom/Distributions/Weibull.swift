import CDemarcheGSL

/// The Weibull distribution with `scale` λ and `shape` k (`gsl_ran_weibull`):
/// waiting times whose hazard rises (k > 1) or falls (k < 1) with time.
public struct Weibull: Distribution {
    public let scale: Double
    public let shape: Double

    public init(scale: Double, shape: Double) throws(DistributionError) {
        try ParameterCheck.positive(scale, "scale")
        try ParameterCheck.positive(shape, "shape")
        self.scale = scale
        self.shape = shape
    }

    public func sample(using stream: RandomStream) -> Double {
        gsl_ran_weibull(stream.generator, scale, shape)
    }
}

/// A maximum-likelihood estimate with its standard error and 95% interval.
/// Positive parameters (rates, shapes, scales) carry intervals computed on the
/// log scale, exp(log θ̂ ± z·se(log θ̂)), and se(θ̂) = θ̂·se(log θ̂) (delta
/// method); log hazard ratios carry β̂ ± z·se(β̂).
public struct FittedValue: Sendable, Equatable {
    public var name: String
    public var estimate: Double
    public var standardError: Double
    public var lower: Double
    public var upper: Double

    /// A value known exactly unless an error and interval are given.
    public init(name: String, estimate: Double, standardError: Double = 0, lower: Double? = nil, upper: Double? = nil) {
        self.name = name
        self.estimate = estimate
        self.standardError = standardError
        self.lower = lower ?? estimate
        self.upper = upper ?? estimate
    }
}

import DemarcheRandom

/// A waiting time in days, drawn afresh each time it is used (event
/// uncertainty): a delay of 14d, or `{dist: exponential, mean: 120d}`.
/// Built only from distributions that cannot go negative.
public struct Delay: Sendable {
    public let distribution: AnyDistribution

    /// Refuses distributions whose support includes negative values.
    public init(_ distribution: AnyDistribution) throws(DistributionError) {
        guard distribution.support.lowerBound >= 0 else {
            throw DistributionError(
                parameter: "dist", expected: "a delay that cannot be negative (e.g. truncated_normal with low ≥ 0)",
                found: "a distribution reaching \(distribution.support.lowerBound)")
        }
        self.distribution = distribution
    }

    /// True if the delay is always exactly zero (used to find zero-delay cycles).
    public var isInstant: Bool { distribution.fixedValue == 0 }

    public func sample(using stream: RandomStream) -> Double { distribution.sample(using: stream) }
}

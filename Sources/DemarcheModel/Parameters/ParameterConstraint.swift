/// The values a parameter may take, checked on every value the scenario or an
/// override gives, and on the support of a distribution.
public enum ParameterConstraint: Sendable {
    /// Any finite number.
    case real
    /// A probability or a share, 0 … 1.
    case unitInterval
    /// ≥ 0 (magnitudes, weights, hazards).
    case nonNegative
    /// > 0 (half-lives, mean intervals).
    case positive

    /// Largest magnitude accepted for a fixed value: larger numbers are typos.
    public static let maximumMagnitude = 1e9

    /// Nil if the fixed `value` is acceptable, else what was expected.
    public func violation(_ value: Double) -> String? {
        let absurd = Self.maximumMagnitude
        switch self {
        case .real: return value.isFinite && abs(value) <= absurd ? nil : "a finite number between -1e9 and 1e9"
        case .unitInterval: return value >= 0 && value <= 1 ? nil : "a value in [0, 1]"
        case .nonNegative: return value >= 0 && value <= absurd ? nil : "a number ≥ 0 (at most 1e9)"
        case .positive: return value > 0 && value <= absurd ? nil : "a number > 0 (at most 1e9)"
        }
    }

    /// Nil if every draw of `distribution` is acceptable, else what was
    /// expected. Unbounded supports are fine; only the sign and the unit
    /// interval are checked. A continuous distribution whose support starts
    /// at 0 counts as positive (it draws 0 with probability zero).
    public func violation(_ distribution: AnyDistribution) -> String? {
        if let value = distribution.fixedValue { return violation(value) }
        let support = distribution.support
        switch self {
        case .real: return nil
        case .unitInterval:
            return support.lowerBound >= 0 && support.upperBound <= 1 ? nil : "a distribution within [0, 1]"
        case .nonNegative: return support.lowerBound >= 0 ? nil : "a distribution that cannot go negative"
        case .positive:
            let positive = support.lowerBound > 0 || (support.lowerBound == 0 && distribution.isContinuous)
            return positive ? nil : "a distribution of positive values"
        }
    }
}

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

    /// Largest magnitude accepted anywhere: larger numbers are typos.
    public static let maximumMagnitude = 1e9

    /// Nil if `range` (a value or a distribution's support) is acceptable,
    /// else what was expected.
    public func violation(_ range: ClosedRange<Double>) -> String? {
        let absurd = Self.maximumMagnitude
        switch self {
        case .real:
            return range.lowerBound >= -absurd && range.upperBound <= absurd ? nil
                : "a finite number between -1e9 and 1e9"
        case .unitInterval:
            return range.lowerBound >= 0 && range.upperBound <= 1 ? nil : "a value in [0, 1]"
        case .nonNegative:
            return range.lowerBound >= 0 && range.upperBound <= absurd ? nil : "a number ≥ 0 (at most 1e9)"
        case .positive:
            return range.lowerBound > 0 && range.upperBound <= absurd ? nil : "a number > 0 (at most 1e9)"
        }
    }
}

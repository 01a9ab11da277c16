import DemarcheKernel

/// The values a parameter may take, checked on every value the scenario or an
/// override gives, on the values a distribution draws in practice
/// (``AnyDistribution/likelyRange``) when the file is read, and on every
/// value drawn in a replication.
public enum ParameterConstraint: Sendable {
    /// Any finite number between -1e9 and 1e9.
    case real
    /// A probability or a share, 0 … 1.
    case unitInterval
    /// ≥ 0 (magnitudes, weights, hazards), at most 1e9.
    case nonNegative
    /// > 0, at most 1e9.
    case positive
    /// A length of time in days, > 0 and at most 1,000 years (half-lives,
    /// periods, Poisson means, Weibull scales): the cap of durations written
    /// with a unit (`CalendarDuration.maximumDays`), whether written `400000`
    /// or `400000d`.
    case duration
    /// A waiting time in days (a ``Delay``), ≥ 0 and at most 1,000 years.
    case waitingTime

    /// Largest magnitude accepted: larger numbers are typos.
    public static let maximumMagnitude = 1e9

    /// The closed interval of acceptable values (``excludesZero`` removes its lower end).
    public var range: ClosedRange<Double> {
        switch self {
        case .real: -Self.maximumMagnitude...Self.maximumMagnitude
        case .unitInterval: 0...1
        case .nonNegative, .positive: 0...Self.maximumMagnitude
        case .duration, .waitingTime: 0...CalendarDuration.maximumDays
        }
    }

    /// Whether 0 is refused (the range's lower end).
    public var excludesZero: Bool {
        switch self {
        case .positive, .duration: true
        default: false
        }
    }

    /// Nil if the fixed `value` is acceptable, else what was expected.
    public func violation(_ value: Double) -> String? {
        guard !range.contains(value) || (excludesZero && value == 0) else { return nil }
        return switch self {
        case .real: "a finite number between -1e9 and 1e9"
        case .unitInterval: "a value in [0, 1]"
        case .nonNegative: "a number ≥ 0 (at most 1e9)"
        case .positive: "a number > 0 (at most 1e9)"
        case .duration: "a length of time > 0, at most 1,000 years (365250 days)"
        case .waitingTime: "a waiting time ≥ 0, at most 1,000 years (365250 days)"
        }
    }

    /// Nil if what `distribution` draws is acceptable, else what was expected
    /// and what was found. The ends of its ``AnyDistribution/likelyRange``
    /// are checked: a lognormal or a gamma has no upper bound, but a draw
    /// beyond its 1 − 10⁻¹² quantile does not come in practice (if one does,
    /// the replication stops with ``ModelError/drawOutOfRange``). A
    /// continuous distribution whose support starts at 0 counts as positive
    /// (it draws 0 with probability zero).
    public func violation(_ distribution: AnyDistribution) -> (expected: String, found: String)? {
        if let value = distribution.fixedValue { return violation(value).map { ($0, "\(value)") } }
        let (support, likely) = (distribution.support, distribution.likelyRange)
        let zeroRefused = excludesZero && likely.lowerBound == 0 && !distribution.isContinuous
        let over = "a distribution over [\(support.lowerBound), \(support.upperBound)]"
        let expected: String
        let found: String
        if likely.lowerBound < range.lowerBound || zeroRefused {
            expected = switch self {
            case .real: "a distribution whose draws stay within [-1e9, 1e9]"
            case .unitInterval: "a distribution within [0, 1]"
            case .nonNegative: "a distribution that cannot go negative"
            case .positive: "a distribution of positive values"
            case .duration: "a distribution of positive lengths of time"
            case .waitingTime: "a delay that cannot be negative (e.g. truncated_normal with low ≥ 0)"
            }
            found = over + (support.lowerBound.isInfinite ? " whose 10⁻¹² quantile is \(likely.lowerBound)" : "")
        } else if likely.upperBound > range.upperBound {
            expected = switch self {
            case .real: "a distribution whose draws stay within [-1e9, 1e9]"
            case .nonNegative, .positive: "a distribution whose draws stay at most 1e9"
            case .unitInterval: "a distribution within [0, 1]"
            case .duration, .waitingTime: "a distribution whose draws stay at most 1,000 years (365250 days)"
            }
            found = over + (support.upperBound.isInfinite ? " whose 1 − 10⁻¹² quantile is \(likely.upperBound)" : "")
        } else {
            return nil
        }
        return (expected, found)
    }
}

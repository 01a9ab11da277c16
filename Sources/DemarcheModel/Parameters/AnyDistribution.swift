import DemarcheRandom

/// Any real-valued distribution a scenario can name, as one `Sendable` value,
/// so that parameters and delays can be stored and sampled without
/// existential boxing.
public enum AnyDistribution: Sendable {
    case fixed(Fixed)
    case uniform(Uniform)
    case triangular(Triangular)
    case normal(Normal)
    case truncatedNormal(TruncatedNormal)
    case logNormal(LogNormal)
    case gamma(Gamma)
    case beta(Beta)
    case weibull(Weibull)
    case exponential(Exponential)
    case bernoulli(Bernoulli)
    case poisson(Poisson)
    /// A choice among `values` with the categorical's probabilities.
    case discrete(values: [Double], Categorical)
    case empirical(Empirical)

    public func sample(using stream: RandomStream) -> Double {
        switch self {
        case .fixed(let d): d.sample(using: stream)
        case .uniform(let d): d.sample(using: stream)
        case .triangular(let d): d.sample(using: stream)
        case .normal(let d): d.sample(using: stream)
        case .truncatedNormal(let d): d.sample(using: stream)
        case .logNormal(let d): d.sample(using: stream)
        case .gamma(let d): d.sample(using: stream)
        case .beta(let d): d.sample(using: stream)
        case .weibull(let d): d.sample(using: stream)
        case .exponential(let d): d.sample(using: stream)
        case .bernoulli(let d): d.sample(using: stream) ? 1 : 0
        case .poisson(let d): Double(d.sample(using: stream))
        case .discrete(let values, let d): values[d.sample(using: stream)]
        case .empirical(let d): d.sample(using: stream)
        }
    }

    /// The smallest and largest values a draw can take.
    public var support: ClosedRange<Double> {
        switch self {
        case .fixed(let d): d.value...d.value
        case .uniform(let d): d.low...d.high
        case .triangular(let d): d.low...d.high
        case .normal: -Double.infinity...Double.infinity
        case .truncatedNormal(let d): d.low...d.high
        case .logNormal, .gamma, .weibull, .exponential: 0...Double.infinity
        case .beta, .bernoulli: 0...1
        case .poisson: 0...Double.infinity
        case .discrete(let values, _): (values.min() ?? 0)...(values.max() ?? 0)
        case .empirical(let d): (d.sortedValues.first ?? 0)...(d.sortedValues.last ?? 0)
        }
    }

    /// The probability, in each tail, of a draw ``likelyRange`` leaves out:
    /// one in 10¹², so that a million replications of a thousand drawn
    /// parameters meet one about once in a thousand such runs (and that run
    /// stops with an error rather than using it).
    public static let negligibleTail = 1e-12

    /// The values draws take but for a probability of ``negligibleTail`` on
    /// each side: the support of a bounded distribution, the tail quantiles
    /// of an unbounded one (an end GSL cannot compute counts as unbounded).
    /// What the loader checks against a parameter's range.
    public var likelyRange: ClosedRange<Double> {
        let q = Self.negligibleTail
        let upper: Double
        switch self {
        case .normal(let d):
            let (low, high) = (d.lowerQuantile(q), d.upperQuantile(q))
            return low <= high ? low...high : -Double.infinity...Double.infinity
        case .logNormal(let d): upper = d.upperQuantile(q)
        case .gamma(let d): upper = d.upperQuantile(q)
        case .weibull(let d): upper = d.upperQuantile(q)
        case .exponential(let d): upper = d.upperQuantile(q)
        case .poisson(let d): upper = d.upperQuantile(q)
        default: return support
        }
        return 0...(upper >= 0 ? upper : .infinity)
    }

    /// Whether draws are continuous (a given value has probability zero).
    public var isContinuous: Bool {
        switch self {
        case .fixed, .bernoulli, .poisson, .discrete: false
        default: true
        }
    }

    /// The value of a fixed distribution, nil otherwise.
    public var fixedValue: Double? {
        if case .fixed(let d) = self { return d.value }
        return nil
    }
}

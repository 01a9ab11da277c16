import DemarcheModel

/// The distributions a parameter object may name (`{dist: beta, alpha: 2, beta: 5}`),
/// declared once: their parameters, the bounds their initialisers check, and
/// which parameters are on the variable's scale. The reader builds
/// distributions from this table (``ScenarioBuilder``) and `demarche schema`
/// renders it, so the two cannot drift apart.
extension ScenarioFormat {
    /// Numbers from `lower` (excluded if `lowerExcluded`) to `upper`; nil: unbounded on that side.
    struct NumberRange: Sendable, Equatable {
        var lower: Double?
        var lowerExcluded = false
        var upper: Double?

        static let any = NumberRange(lower: nil, upper: nil)
        static let positive = NumberRange(lower: 0, lowerExcluded: true, upper: nil)
        static let probability = NumberRange(lower: 0, upper: 1)
        static let nonNegative = NumberRange(lower: 0, upper: nil)

        /// The values a parameter with `constraint` accepts.
        init(_ constraint: ParameterConstraint) {
            self.init(lower: constraint.range.lowerBound, lowerExcluded: constraint.excludesZero, upper: constraint.range.upperBound)
        }

        init(lower: Double?, lowerExcluded: Bool = false, upper: Double?) {
            (self.lower, self.lowerExcluded, self.upper) = (lower, lowerExcluded, upper)
        }

        func contains(_ value: Double) -> Bool {
            if let lower, value < lower || (lowerExcluded && value == lower) { return false }
            if let upper, value > upper { return false }
            return value.isFinite
        }
    }

    /// One parameter of a distribution.
    struct DistributionParameter: Sendable {
        let key: String
        /// What the distribution's initialiser accepts.
        let range: NumberRange
        /// A list of numbers (`values`, `weights`) rather than one.
        let isList: Bool
        /// Measured like the variable (in days, for a duration): it accepts
        /// durations such as `90d` where the key does.
        let isOnScale: Bool
        /// A value the distribution can draw (an end of its support, or one
        /// of its values), so it must lie in the key's own range.
        let isDrawn: Bool
    }

    struct DistributionFormat: Sendable {
        let name: String
        let parameters: [DistributionParameter]
        /// Draws only whole values (one of its values has positive
        /// probability), so 0 counts against a range that excludes it.
        let isDiscrete: Bool
        let help: String

        var keys: [String] { parameters.map(\.key) }
    }

    private static func parameter(
        _ key: String, _ range: NumberRange = .any, list: Bool = false, onScale: Bool = false, drawn: Bool = false
    ) -> DistributionParameter {
        DistributionParameter(key: key, range: range, isList: list, isOnScale: onScale || drawn, isDrawn: drawn)
    }

    /// Every distribution a `dist:` may name (`fixed` is written `value:`),
    /// with the bounds of the initialisers in `DemarcheRandom`.
    static let distributions: [DistributionFormat] = [
        DistributionFormat(name: "uniform", parameters: [parameter("low", drawn: true), parameter("high", drawn: true)],
                           isDiscrete: false, help: "Uniform on [low, high], low < high."),
        DistributionFormat(name: "triangular",
                           parameters: [parameter("low", drawn: true), parameter("mode", drawn: true), parameter("high", drawn: true)],
                           isDiscrete: false, help: "Triangular on [low, high] with its peak at mode, low ≤ mode ≤ high, low < high."),
        DistributionFormat(name: "normal", parameters: [parameter("mean", onScale: true), parameter("sd", .positive, onScale: true)],
                           isDiscrete: false, help: "Normal with mean and standard deviation sd > 0."),
        DistributionFormat(name: "truncated_normal",
                           parameters: [parameter("mean", onScale: true), parameter("sd", .positive, onScale: true),
                                        parameter("low", drawn: true), parameter("high", drawn: true)],
                           isDiscrete: false, help: "A normal(mean, sd) restricted to [low, high], low < high."),
        DistributionFormat(name: "lognormal", parameters: [parameter("mu"), parameter("sigma", .positive)],
                           isDiscrete: false, help: "Lognormal: the log is normal with mean mu and sd sigma > 0 (of days, for durations)."),
        DistributionFormat(name: "gamma", parameters: [parameter("shape", .positive), parameter("scale", .positive, onScale: true)],
                           isDiscrete: false, help: "Gamma with shape > 0 and scale > 0 (mean shape × scale)."),
        DistributionFormat(name: "beta", parameters: [parameter("alpha", .positive), parameter("beta", .positive)],
                           isDiscrete: false, help: "Beta on [0, 1] with alpha > 0 and beta > 0 (mean alpha / (alpha + beta))."),
        DistributionFormat(name: "weibull", parameters: [parameter("scale", .positive, onScale: true), parameter("shape", .positive)],
                           isDiscrete: false, help: "Weibull with scale > 0 and shape > 0."),
        DistributionFormat(name: "exponential", parameters: [parameter("mean", .positive, onScale: true)],
                           isDiscrete: false, help: "Exponential with mean > 0."),
        DistributionFormat(name: "bernoulli", parameters: [parameter("p", .probability)],
                           isDiscrete: true, help: "1 with probability p, else 0."),
        DistributionFormat(name: "poisson", parameters: [parameter("mean", NumberRange(lower: 0, upper: 1e9), onScale: true)],
                           isDiscrete: true, help: "Poisson count with mean in [0, 1e9]."),
        DistributionFormat(name: "discrete",
                           parameters: [parameter("values", list: true, drawn: true), parameter("weights", .nonNegative, list: true)],
                           isDiscrete: true, help: "One of values, with probability proportional to its weight (one weight ≥ 0 per value, some > 0)."),
        DistributionFormat(name: "empirical", parameters: [parameter("values", list: true, drawn: true)],
                           isDiscrete: false, help: "Resamples the observed values (at least one)."),
    ]

    /// Every key a distribution takes, in the table's order.
    static let distributionKeys: [String] = distributions.flatMap(\.keys).reduce(into: []) { keys, key in
        if !keys.contains(key) { keys.append(key) }
    }

    /// The keys measured like the variable (in days, for delays).
    static let scaleKeys: [String] = distributionKeys.filter { key in
        distributions.contains { $0.parameters.contains { $0.key == key && $0.isOnScale } }
    }

    /// The distribution named `name`, if the table has it.
    static func distribution(named name: String) -> DistributionFormat? {
        distributions.first { $0.name == name }
    }

    /// The distributions a key with `constraint` can take: a discrete one
    /// always draws 0 with positive probability (Bernoulli, Poisson), so it
    /// cannot serve where 0 is refused (``ParameterConstraint/excludesZero``).
    static func distributions(for constraint: ParameterConstraint) -> [DistributionFormat] {
        distributions.filter { !(constraint.excludesZero && $0.isDiscrete && !$0.parameters.contains(where: \.isDrawn)) }
    }
}

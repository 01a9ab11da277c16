extension AnyDistribution: CustomStringConvertible {
    /// The distribution as a scenario file writes it, in the file's units:
    /// `0.5`, `beta(alpha 5, beta 5)`, `uniform(low 3, high 25)`.
    public var description: String {
        func call(_ name: String, _ arguments: KeyValuePairs<String, Double>) -> String {
            "\(name)(" + arguments.map { "\($0.key) \(Self.number($0.value))" }.joined(separator: ", ") + ")"
        }
        switch self {
        case .fixed(let d): return Self.number(d.value)
        case .uniform(let d): return call("uniform", ["low": d.low, "high": d.high])
        case .triangular(let d): return call("triangular", ["low": d.low, "mode": d.mode, "high": d.high])
        case .normal(let d): return call("normal", ["mean": d.mean, "sd": d.standardDeviation])
        case .truncatedNormal(let d):
            return call("truncated_normal", ["mean": d.mean, "sd": d.standardDeviation, "low": d.low, "high": d.high])
        case .logNormal(let d): return call("lognormal", ["mu": d.mu, "sigma": d.sigma])
        case .gamma(let d): return call("gamma", ["shape": d.shape, "scale": d.scale])
        case .beta(let d): return call("beta", ["alpha": d.alpha, "beta": d.beta])
        case .weibull(let d): return call("weibull", ["shape": d.shape, "scale": d.scale])
        case .exponential(let d): return call("exponential", ["mean": d.mean])
        case .bernoulli(let d): return call("bernoulli", ["p": d.p])
        case .poisson(let d): return call("poisson", ["mean": d.mean])
        case .discrete(let values, let categorical):
            return "discrete(" + zip(values, categorical.probabilities).map { "\(Self.number($0)): \(Self.number($1))" }
                .joined(separator: ", ") + ")"
        case .empirical(let d): return "empirical(\(d.sortedValues.count) values)"
        }
    }

    /// Up to 6 significant digits, without a trailing `.0` or a `-0`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == 0 { return "0" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.6g", value)
        if text.contains("."), !text.contains("e") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}

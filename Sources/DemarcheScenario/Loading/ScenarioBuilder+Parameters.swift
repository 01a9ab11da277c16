import DemarcheKernel
import DemarcheModel
import DemarcheRandom
import Yams

extension ScenarioBuilder {
    /// A parameter: a number, `{value, source}` or `{dist, ..., source}`
    /// (in days, durations accepted, for a `.duration`). Absent: `fallback`
    /// as a constant, or nil if there is none (the format table has already
    /// reported a missing required key).
    func parameter(
        _ node: Node?, _ path: String, _ constraint: ParameterConstraint, default fallback: Double? = nil
    ) -> ParameterID? {
        guard let node else { return fallback.map { parameters.constant(path: path, constraint: constraint, $0) } }
        guard let (distribution, source) = distribution(node, path, days: constraint == .duration) else { return nil }
        if let (expected, found) = constraint.violation(distribution) {
            reader.error(node, path, "expected \(expected), found \(found)")
            return nil
        }
        record(path, .parameter, source, at: node)
        return parameters.add(path: path, constraint: constraint, distribution)
    }

    /// The parameter at `key` of `fields`, with the constraint the format declares for it.
    func parameter(_ fields: Fields, _ key: String, default fallback: Double? = nil) -> ParameterID? {
        parameter(fields[key], fields.path(key), fields.constraint(key), default: fallback)
    }

    /// A waiting time in days, drawn at each use; absent: `fallback` days.
    /// Calendar months (`3mo`, `{value: 2y}`) count from when the wait
    /// starts; inside a distribution, which has no such date, they are refused.
    /// Not a parameter of the table: `--set` does not reach it.
    func delay(_ node: Node?, _ path: String, default fallback: Double? = nil) -> Delay? {
        guard let node else { return fallback.flatMap { try? Delay(.fixed(Fixed($0)), path: path) } }
        if let mapping = node.mapping, mapping["dist"] != nil, let (item, key) = monthsParameter(mapping) {
            reader.error(item, reader.join(path, key), "months and years vary in length, so a distribution of waiting times "
                         + "takes days or weeks (e.g. 91d for 3mo)")
            return nil
        }
        guard let (distribution, source) = distribution(node, path, days: true) else { return nil }
        // A bare duration (`after: 14d`) is structure; an object is an estimate and names its source.
        if source != nil || node.scalar == nil { record(path, .delay, source, at: node) }
        if case .months(let months)? = monthsDuration(node.mapping?["value"] ?? node) { return Delay(months: months, path: path) }
        do {
            return try Delay(distribution, path: path)
        } catch {
            reader.error(node, path, "expected \(error.expected), found \(error.found)")
            return nil
        }
    }

    /// The first of a distribution's scale parameters written in calendar
    /// months or years, and its key.
    private func monthsParameter(_ mapping: Node.Mapping) -> (Node, String)? {
        for key in ScenarioFormat.scaleKeys {
            guard let value = mapping[key] else { continue }
            let items: [Node] = if case .sequence(let sequence) = value { Array(sequence) } else { [value] }
            if let item = items.first(where: { monthsDuration($0) != nil }) { return (item, key) }
        }
        return nil
    }

    /// A scalar that reads as a duration in calendar months.
    private func monthsDuration(_ node: Node) -> CalendarDuration? {
        guard let text = node.scalar?.string, let duration = try? CalendarDuration(parsing: text),
            case .months = duration else { return nil }
        return duration
    }

    /// The distribution a node describes, and its source.
    func distribution(_ node: Node, _ path: String, days: Bool) -> (AnyDistribution, Attribution?)? {
        if case .scalar = node {
            guard let value = reader.number(node, path, days: days) else { return nil }
            return fixed(value, node, path).map { ($0, nil) }
        }
        guard let fields = reader.object(node, path, as: "parameter") else { return nil }
        let source = fields["source"].flatMap { attribution($0, fields.path("source")) }
        if let valueNode = fields["value"] {
            if fields["dist"] != nil { reader.error(node, path, "give either 'value' or 'dist', not both") }
            guard let value = reader.number(valueNode, fields.path("value"), days: days) else { return nil }
            return fixed(value, valueNode, fields.path("value")).map { ($0, source) }
        }
        guard let distNode = fields["dist"] else {
            reader.error(node, path, "expected 'value' or 'dist' in a parameter")
            return nil
        }
        guard let name = reader.choice(distNode, fields.path("dist"), ScenarioFormat.distributionNames) else { return nil }
        guard let format = ScenarioFormat.distribution(named: name) else {
            reader.error(node, path, "a fixed value is written 'value: x'")
            return nil
        }
        return named(format, fields, days: days).map { ($0, source) }
    }

    private func fixed(_ value: Double, _ node: Node, _ path: String) -> AnyDistribution? {
        build(node, path) { () throws(DistributionError) in .fixed(try Fixed(value)) }
    }

    /// Builds the distribution `format` describes from its parameters (those
    /// on the variable's scale in days, for delays), reporting unused and
    /// missing parameters.
    private func named(_ format: ScenarioFormat.DistributionFormat, _ fields: Fields, days: Bool) -> AnyDistribution? {
        let (name, wanted) = (format.name, format.keys)
        for key in ScenarioFormat.distributionKeys where fields[key] != nil && !wanted.contains(key) {
            reader.error(fields.values[key], fields.path(key), "'\(key)' is not a parameter of \(name) (it takes \(wanted.joined(separator: ", ")))")
        }
        var numbers: [String: Double] = [:]
        var lists: [String: [Double]] = [:]
        for parameter in format.parameters {
            let key = parameter.key
            guard let node = fields[key] else {
                reader.error(fields.node, fields.path, "\(name) needs '\(key)'")
                return nil
            }
            if parameter.isList {
                let items = reader.list(node, fields.path(key))
                let parsed = items.enumerated().compactMap { position, item in
                    reader.number(item, "\(fields.path(key)).\(position)", days: days && parameter.isOnScale)
                }
                guard parsed.count == items.count else { return nil }
                lists[key] = parsed
            } else {
                guard let value = reader.number(node, fields.path(key), days: days && parameter.isOnScale) else { return nil }
                numbers[key] = value
            }
        }
        let n = { (key: String) in numbers[key] ?? 0 }
        return build(fields.node, fields.path) { () throws(DistributionError) -> AnyDistribution in
            switch name {
            case "uniform": .uniform(try Uniform(low: n("low"), high: n("high")))
            case "triangular": .triangular(try Triangular(low: n("low"), mode: n("mode"), high: n("high")))
            case "normal": .normal(try Normal(mean: n("mean"), standardDeviation: n("sd")))
            case "truncated_normal":
                .truncatedNormal(try TruncatedNormal(mean: n("mean"), standardDeviation: n("sd"), low: n("low"), high: n("high")))
            case "lognormal": .logNormal(try LogNormal(mu: n("mu"), sigma: n("sigma")))
            case "gamma": .gamma(try Gamma(shape: n("shape"), scale: n("scale")))
            case "beta": .beta(try Beta(alpha: n("alpha"), beta: n("beta")))
            case "weibull": .weibull(try Weibull(scale: n("scale"), shape: n("shape")))
            case "exponential": .exponential(try Exponential(mean: n("mean")))
            case "bernoulli": .bernoulli(try Bernoulli(p: n("p")))
            case "poisson": .poisson(try Poisson(mean: n("mean")))
            case "discrete":
                try Self.discrete(values: lists["values"] ?? [], weights: lists["weights"] ?? [])
            default: .empirical(try Empirical(values: lists["values"] ?? []))
            }
        }
    }

    private static func discrete(values: [Double], weights: [Double]) throws(DistributionError) -> AnyDistribution {
        guard values.count == weights.count else {
            throw DistributionError(parameter: "weights", expected: "one weight per value (\(values.count))",
                                    found: "\(weights.count) weights")
        }
        return .discrete(values: values, try Categorical(weights: weights))
    }

    /// Runs a distribution's validating initialiser, turning its error into a
    /// diagnostic at the offending parameter, or at the offending entry of a
    /// list (`weights[1]` is `weights.1`, at that item).
    private func build(_ node: Node, _ path: String, _ make: () throws(DistributionError) -> AnyDistribution) -> AnyDistribution? {
        do {
            return try make()
        } catch {
            let parts = error.parameter.split(separator: "[")
            let key = parts.first.map(String.init) ?? error.parameter
            var located: Node? = if case .mapping(let mapping) = node { mapping[key] ?? node } else { node }
            var keyPath = path.hasSuffix(".\(key)") || key == "value" ? path : reader.join(path, key)
            if parts.count == 2, let position = Int(parts[1].dropLast()), case .sequence(let items)? = located,
                items.indices.contains(position) {
                located = items[position]
                keyPath = "\(keyPath).\(position)"
            }
            reader.error(located, keyPath, "expected \(error.expected), found \(error.found)")
            return nil
        }
    }
}

import DemarcheModel

/// The schemas of parameters and delays: a number in the key's range, a
/// fixed `{value, source}`, or a distribution `{dist, ...its parameters,
/// source}` from ``ScenarioFormat/distributions``, closed to keys the
/// distribution does not take (as the reader refuses them).
///
/// A distribution's own bounds (a beta's alpha > 0, a Bernoulli's p in [0, 1])
/// are checked, and so are the values it can draw where they are its
/// parameters (a uniform's low and high, a discrete's values), which the
/// reader holds to the key's range. An unbounded distribution's tail
/// quantiles, which the reader also checks, are beyond a schema.
extension ScenarioSchema {
    static let constraints: [ParameterConstraint] = [.real, .unitInterval, .nonNegative, .positive, .duration]
    static let delayDefinition = "delay"

    static func parameterDefinition(_ constraint: ParameterConstraint) -> String {
        "parameter_" + name(constraint)
    }

    private static func name(_ constraint: ParameterConstraint) -> String {
        switch constraint {
        case .real: "real"
        case .unitInterval: "unit_interval"
        case .nonNegative: "non_negative"
        case .positive: "positive"
        case .duration: "duration"
        case .waitingTime: "waiting_time"
        }
    }

    private static func meaning(_ constraint: ParameterConstraint) -> String {
        switch constraint {
        case .real: "A number between -1e9 and 1e9"
        case .unitInterval: "A probability or a share, 0…1"
        case .nonNegative: "A number ≥ 0 (at most 1e9)"
        case .positive: "A number > 0 (at most 1e9)"
        case .duration: "A length of time > 0 in days, or a duration (90d, 6w, 3mo, 1y), at most 1,000 years"
        case .waitingTime: "A waiting time ≥ 0 in days, or a duration (14d, 6w, 3mo, 1y), at most 1,000 years, drawn afresh at each use"
        }
    }

    /// The parameter or delay definition called `name`, if it is one.
    static func specialDefinition(_ name: String) -> [String: Any]? {
        if name == delayDefinition { return parameter(.waitingTime, isDelay: true) }
        return constraints.first { parameterDefinition($0) == name }.map { parameter($0, isDelay: false) }
    }

    /// A parameter with `constraint`; a delay takes durations in its value
    /// but only days and weeks in a distribution's parameters.
    static func parameter(_ constraint: ParameterConstraint, isDelay: Bool) -> [String: Any] {
        let days = isDelay || constraint == .duration
        let range = ScenarioFormat.NumberRange(constraint)
        let distributions = ScenarioFormat.distributions(for: constraint)
        let help = Dictionary(ScenarioFormat.fields(of: "parameter").map { ($0.name, $0.help) }) { first, _ in first }
        let value = number(range, durations: days ? durationPattern : nil)
        var properties: [String: Any] = [
            "value": value.merging(["description": help["value"] ?? ""]) { $1 },
            "dist": ["enum": distributions.map(\.name), "description": help["dist"] ?? ""],
            "source": ["type": "string", "description": ScenarioFormat.sourceHelp],
        ]
        for key in ScenarioFormat.distributionKeys { properties[key] = ["description": help[key] ?? ""] }
        let scalePattern = isDelay ? dayPattern : durationPattern
        var schema: [String: Any] = [
            "description": meaning(constraint) + ": a number, {value: x, source: …}, or {dist: NAME, …its parameters, source: …}.",
            "type": days ? ["number", "string", "object"] : ["number", "object"],
            "properties": properties,
            "additionalProperties": false,
            "if": ["required": ["value"]],
            "then": ["properties": ["value": [:], "source": [:]], "additionalProperties": false],
            "else": [
                "required": ["dist"],
                "allOf": distributions.map { distribution($0, constraint: constraint, durations: days ? scalePattern : nil) },
            ] as [String: Any],
        ]
        schema.merge(bounds(range)) { $1 }
        if days { schema["pattern"] = durationPattern }
        return schema
    }

    /// When `dist` names `distribution`: its parameters, all required, and no others.
    private static func distribution(
        _ distribution: ScenarioFormat.DistributionFormat, constraint: ParameterConstraint, durations: String?
    ) -> [String: Any] {
        var properties: [String: Any] = ["dist": [:], "source": [:]]
        for parameter in distribution.parameters {
            var range = parameter.range
            if parameter.isDrawn {
                range = ScenarioFormat.NumberRange(constraint)
                // A continuous distribution draws an end of its support with probability zero.
                range.lowerExcluded = range.lowerExcluded && distribution.isDiscrete
            }
            let one = number(range, durations: parameter.isOnScale ? durations : nil)
            properties[parameter.key] = parameter.isList ? list(of: one) : one
        }
        return [
            "if": ["required": ["dist"], "properties": ["dist": ["const": distribution.name]]] as [String: Any],
            "then": ["description": distribution.help, "required": distribution.keys, "properties": properties,
                     "additionalProperties": false] as [String: Any],
        ]
    }

    /// A number in `range`, or a duration matching `durations` if given.
    private static func number(_ range: ScenarioFormat.NumberRange, durations: String?) -> [String: Any] {
        var schema: [String: Any] = bounds(range)
        if let durations {
            schema["type"] = ["number", "string"]
            schema["pattern"] = durations
        } else {
            schema["type"] = "number"
        }
        return schema
    }

    /// A non-empty list of `item`, or one item (a list of one, as the reader reads it).
    private static func list(of item: [String: Any]) -> [String: Any] {
        let types = item["type"] as? [String] ?? [item["type"] as? String ?? "number"]
        var schema = item
        schema["type"] = ["array"] + types
        schema["items"] = item
        schema["minItems"] = 1
        return schema
    }
}

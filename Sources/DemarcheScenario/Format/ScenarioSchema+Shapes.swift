import DemarcheKernel

/// The JSON Schema of each ``ScenarioFormat/Shape``: what a key may hold.
extension ScenarioSchema {
    static let idPattern = "^[A-Za-z0-9_-]{1,64}$"
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    /// What `CalendarDuration(parsing:)` reads: days and weeks with
    /// fractions, months and years whole (`90d`, `6w`, `3mo`, `1y`).
    static let durationPattern = "^\\s*(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)\\s*[dw]|[0-9]+(\\.0*)?\\s*(mo|y))\\s*$"
    /// Days and weeks only: a distribution of waiting times cannot take
    /// calendar months, whose length depends on the date the wait starts.
    static let dayPattern = "^\\s*([0-9]+(\\.[0-9]*)?|\\.[0-9]+)\\s*[dw]\\s*$"

    static func shape(_ shape: ScenarioFormat.Shape) -> [String: Any] {
        switch shape {
        case .string: return ["type": "string"]
        case .boolean: return ["type": "boolean"]
        case .integer(let range):
            var schema: [String: Any] = ["type": "integer", "minimum": range.lowerBound]
            if range.upperBound < Int.max { schema["maximum"] = range.upperBound }
            return schema
        case .version: return ["type": "integer", "const": 1]
        case .number(let constraint):
            return ["type": "number"].merging(bounds(constraint.map(ScenarioFormat.NumberRange.init) ?? .any)) { $1 }
        case .days: return ["type": ["number", "string"], "pattern": durationPattern]
        case .scalar: return ["type": ["number", "string"]]
        case .date: return ["type": "string", "pattern": datePattern]
        case .eventName: return ["type": "string", "pattern": "^[a-z]+\\.[A-Za-z0-9_.-]+$"]
        case .parameter(let constraint): return reference(parameterDefinition(constraint))
        case .delay: return reference(delayDefinition)
        case .id: return ["type": "string", "pattern": idPattern]
        case .ids: return Self.shape(.list(.id))
        case .oneOf(let choices): return ["enum": choices]
        case .object(let name): return reference(name)
        case .objectOrNull(let name): return ["anyOf": [reference(name), ["type": "null"]]]
        case .list(let item):
            // One item stands for a list of one, as the reader reads it.
            let inner = Self.shape(item)
            return ["anyOf": [["type": "array", "items": inner], inner]]
        case .map(let value):
            return ["type": "object", "propertyNames": ["pattern": idPattern], "additionalProperties": Self.shape(value)]
        case .pathMap(let value):
            return ["type": "object", "additionalProperties": Self.shape(value)]
        case .issue:
            return ["anyOf": [Self.shape(.date), ["const": "on_activation"]]]
        case .deadline:
            return ["type": "string", "pattern": "(\(datePattern))|(\(durationPattern))"]
        }
    }

    /// The definitions `shape` refers to by name.
    static func references(_ shape: ScenarioFormat.Shape) -> [String] {
        switch shape {
        case .object(let name), .objectOrNull(let name): [name]
        case .parameter(let constraint): [parameterDefinition(constraint)]
        case .delay: [delayDefinition]
        case .list(let item), .map(let item), .pathMap(let item): references(item)
        default: []
        }
    }

    /// `minimum`, `exclusiveMinimum` and `maximum` of `range`; they apply to
    /// numbers only, so a schema that also allows text or objects keeps them.
    static func bounds(_ range: ScenarioFormat.NumberRange) -> [String: Any] {
        var schema: [String: Any] = [:]
        if let lower = range.lower { schema[range.lowerExcluded ? "exclusiveMinimum" : "minimum"] = lower }
        if let upper = range.upper { schema["maximum"] = upper }
        return schema
    }
}

import DemarcheModel

/// What the format table declares for one key, for the reader: the range a
/// parameter or a whole number must be in. Readers take ranges from here
/// rather than writing them again, so the schema shows what they enforce.
extension ScenarioFormat {
    /// The shape of `key` in `definition` (a programming error if undeclared).
    static func shape(of definition: String, _ key: String) -> Shape {
        guard let field = fields(of: definition).first(where: { $0.name == key }) else {
            preconditionFailure("'\(key)' is not declared in format definition '\(definition)'")
        }
        return field.shape
    }

    /// The constraint of the parameter at `key` (or of the values of a map of parameters).
    static func constraint(of definition: String, _ key: String) -> ParameterConstraint {
        switch shape(of: definition, key) {
        case .parameter(let constraint), .map(.parameter(let constraint)), .number(let constraint?): return constraint
        default: preconditionFailure("'\(definition).\(key)' is not a parameter")
        }
    }

    /// The range of the whole number at `key`.
    static func integerRange(of definition: String, _ key: String) -> ClosedRange<Int> {
        guard case .integer(let range) = shape(of: definition, key) else {
            preconditionFailure("'\(definition).\(key)' is not a whole number")
        }
        return range
    }
}

extension Fields {
    /// The constraint the format declares for the parameter at `key`.
    func constraint(_ key: String) -> ParameterConstraint { ScenarioFormat.constraint(of: definition, key) }

    /// The range the format declares for the whole number at `key`.
    func integerRange(_ key: String) -> ClosedRange<Int> { ScenarioFormat.integerRange(of: definition, key) }
}

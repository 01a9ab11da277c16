/// A distribution parameter that cannot be sampled from: which parameter,
/// what was expected, and what was found. The Scenario layer adds the file,
/// line, column and scenario path.
public struct DistributionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The parameter's name as the scenario format spells it (`sd`, `shape`).
    public let parameter: String
    /// What a valid value looks like.
    public let expected: String
    /// The offending value, as written in messages.
    public let found: String

    public init(parameter: String, expected: String, found: String) {
        self.parameter = parameter
        self.expected = expected
        self.found = found
    }

    init(parameter: String, expected: String, found: Double) {
        self.init(parameter: parameter, expected: expected, found: "\(found)")
    }

    public var description: String { "\(parameter): expected \(expected), found \(found)" }
}

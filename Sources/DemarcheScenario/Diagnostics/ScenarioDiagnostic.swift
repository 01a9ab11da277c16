/// One problem in a scenario file, located for editors and humans:
/// `file:line:column: error: path: message` (or `warning:`).
public struct ScenarioDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// An error makes the file unusable; a warning (a parameter without a
    /// source) does not.
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var file: String
    /// 1-based line and column (0 when the problem concerns the whole file).
    public var line: Int
    public var column: Int
    /// Scenario path of the offending value (`actors.germany.opposition`).
    public var path: String
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, path: String, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let location = line > 0 ? "\(file):\(line):\(column)" : file
        let label = severity.rawValue
        return path.isEmpty ? "\(location): \(label): \(message)" : "\(location): \(label): \(path): \(message)"
    }
}

/// Everything wrong with a scenario file: all problems, not only the first.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [ScenarioDiagnostic]

    public init(_ diagnostics: [ScenarioDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

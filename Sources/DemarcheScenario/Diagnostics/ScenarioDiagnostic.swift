/// One problem in a scenario file, located for editors and humans:
/// `file:line:column: error: path: message`.
public struct ScenarioDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    /// 1-based line and column (0 when the problem concerns the whole file).
    public var line: Int
    public var column: Int
    /// Scenario path of the offending value (`actors.germany.opposition`).
    public var path: String
    public var message: String

    public init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    public var description: String {
        let location = line > 0 ? "\(file):\(line):\(column)" : file
        return path.isEmpty ? "\(location): error: \(message)" : "\(location): error: \(path): \(message)"
    }
}

/// Everything wrong with a scenario file: all problems, not only the first.
public struct ScenarioError: Error, Equatable, Sendable, CustomStringConvertible {
    public var diagnostics: [ScenarioDiagnostic]

    public init(_ diagnostics: [ScenarioDiagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

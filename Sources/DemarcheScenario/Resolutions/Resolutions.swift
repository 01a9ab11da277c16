import DemarcheKernel

/// A resolutions file: questions about the outcomes of Monte Carlo reports
/// and what actually happened, for `demarche score`.
public struct Resolutions: Sendable {
    /// One yes/no question about a report's outcome.
    public struct Question: Sendable {
        public var id: String
        public var text: String?
        /// The outcome id of the report that answers it.
        public var outcome: String
        /// The event happened before the end of this day (nil: the outcome's own date).
        public var by: CalendarDate?
        /// Count outcomes: the count is at least this.
        public var atLeast: Int?
        public var resolved: Bool
        public var on: CalendarDate?
        public var source: String
        /// A contested question's other resolution.
        public var alternative: Bool?
        public var baseRate: Double?
        /// The file, and the line and column of each key, for diagnostics
        /// found only when a report is read (an unknown outcome id).
        let file: String
        let marks: [String: Mark]

        /// A located error about `key` of this question.
        public func diagnostic(_ key: String, _ message: String) -> ScenarioDiagnostic {
            let mark = marks[key] ?? marks[""] ?? Mark(line: 0, column: 0)
            return ScenarioDiagnostic(file: file, line: mark.line, column: mark.column,
                                      path: key.isEmpty ? "questions.\(id)" : "questions.\(id).\(key)", message: message)
        }
    }

    struct Mark: Sendable {
        let line: Int
        let column: Int
    }

    /// The file it was read from, as given.
    public var file: String
    public var sha256: String
    public var name: String?
    /// In file order.
    public var questions: [Question]
}

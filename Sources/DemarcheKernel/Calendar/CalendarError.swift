/// A date or duration that could not be read, with a message that says what
/// was expected and what was found.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Text that is not `YYYY-MM-DD`.
    case malformedDate(String)
    /// A well-formed date that does not exist (2019-02-29).
    case invalidDate(String)
    /// Text that is not a duration literal.
    case malformedDuration(String, reason: String)

    public var description: String {
        switch self {
        case .malformedDate(let text):
            "expected a date as YYYY-MM-DD (e.g. 2020-09-20), found '\(text)'"
        case .invalidDate(let reason):
            "invalid date: \(reason)"
        case .malformedDuration(let text, let reason):
            "expected a duration such as 90d, 6w, 3mo or 1y, found '\(text)': \(reason)"
        }
    }
}

/// A span of time as analysts write it: `90d`, `6w`, `3mo`, `1y`.
///
/// Days and weeks are exact numbers of days (fractions allowed, `0.5d`).
/// Months and years are calendar months (a year is 12 of them, whole numbers
/// only): their length in days depends on the date they start from, so
/// 2020-01-31 + `1mo` is 2020-02-29 and 2019-03-31 + `1mo` is 2019-04-30.
public enum CalendarDuration: Hashable, Sendable, CustomStringConvertible {
    case days(Double)
    case months(Int)

    /// The longest duration accepted: 1,000 years (simulations with longer
    /// spans are a typo, and would overflow the calendar).
    public static let maximumDays = 365_250.0

    /// Parses `<number><unit>` with unit `d`, `w`, `mo` or `y`.
    public init(parsing text: String) throws(CalendarError) {
        let trimmed = text.trimmingWhitespace()
        if let reason = Self.nonFiniteReason(trimmed) { throw .malformedDuration(text, reason: reason) }
        guard let unitStart = trimmed.firstIndex(where: { $0.isLetter }) else {
            throw .malformedDuration(text, reason: trimmed.isEmpty ? "it is empty" : "the unit is missing")
        }
        let number = String(trimmed[..<unitStart].trimmingWhitespace())
        let unit = String(trimmed[unitStart...])
        guard !number.isEmpty else {
            throw .malformedDuration(text, reason: "the number is missing")
        }
        guard number.allSatisfy({ $0.isASCIIDigit || $0 == "." }), let value = Double(number) else {
            throw .malformedDuration(
                text, reason: number.hasPrefix("-") ? "durations cannot be negative" : "'\(number)' is not a number")
        }
        switch unit {
        case "d": self = try .checkedDays(value, text)
        case "w": self = try .checkedDays(value * 7, text)
        case "mo", "y":
            // The cap comes first: 10¹⁸ years would overflow the months' integer.
            guard value <= (unit == "y" ? 1000 : 12_000) else {
                throw .malformedDuration(text, reason: "longer than 1,000 years")
            }
            guard let whole = Int(exactly: value) else {
                throw .malformedDuration(text, reason: "months and years must be whole numbers")
            }
            self = .months(unit == "y" ? whole * 12 : whole)
        case "m":
            throw .malformedDuration(text, reason: "'m' is ambiguous; write 'mo' for months")
        default:
            throw .malformedDuration(text, reason: "unknown unit '\(unit)' (use d, w, mo or y)")
        }
    }

    /// Why `text` (YAML's `.nan`, `.inf`, `NaN`, … with or without a unit)
    /// is not a length of time, or nil if it does not spell one of those.
    private static func nonFiniteReason(_ text: Substring) -> String? {
        let word = text.lowercased().drop { "+-.".contains($0) }
        if word.hasPrefix("nan") { return "NaN (not a number) is not a length of time" }
        if word.hasPrefix("inf") { return "an infinite duration is not a length of time (at most 1,000 years)" }
        return nil
    }

    private static func checkedDays(_ days: Double, _ text: String) throws(CalendarError) -> CalendarDuration {
        guard days <= maximumDays else {
            throw .malformedDuration(text, reason: "longer than 1,000 years")
        }
        return .days(days)
    }

    /// The date this duration after `date` (fractions of a day are dropped).
    public func after(_ date: CalendarDate) -> CalendarDate {
        switch self {
        case .days(let days): date.adding(days: Int(days.rounded(.down)))
        case .months(let months): date.adding(months: months)
        }
    }

    /// The length in days of this duration when it starts on `date`.
    public func days(from date: CalendarDate) -> Double {
        switch self {
        case .days(let days): days
        case .months: Double(after(date).dayNumber - date.dayNumber)
        }
    }

    public var description: String {
        switch self {
        case .days(let days) where days.truncatingRemainder(dividingBy: 7) == 0 && days > 0:
            "\(Self.format(days / 7))w"
        case .days(let days): "\(Self.format(days))d"
        case .months(let months) where months % 12 == 0 && months > 0: "\(months / 12)y"
        case .months(let months): "\(months)mo"
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> SubSequence {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map(index(after:)) ?? start
        return self[start..<end]
    }
}

import DemarcheKernel
import Foundation

/// Reading a format-2 report into this version's model: its camelCase keys
/// are read as the snake_case ones of format 3, a missing quantile key as
/// not reached, order statuses as an object keyed by status, and curve
/// points, which had no date, get the date their day falls on.
extension Report {
    static func formatTwo(_ data: Data) throws -> Report {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        decoder.keyDecodingStrategy = .custom { path in
            JSONKey(stringValue: snakeCase(path.last?.stringValue ?? ""))
        }
        decoder.userInfo[formatKey] = 2
        var report = try decoder.decode(Report.self, from: data)
        let calendar = SimulationCalendar(start: try CalendarDate(iso: report.manifest.start))
        let horizon = try CalendarDate(iso: report.manifest.horizon)
        for outcome in report.outcomes.indices {
            for point in report.outcomes[outcome].curve.indices {
                // The last point is the horizon's end instant: the horizon's date, as ReportBuilder dates it.
                let date = min(calendar.date(at: report.outcomes[outcome].curve[point].day), horizon)
                report.outcomes[outcome].curve[point].date = date.description
            }
        }
        report.format = formatVersion
        return report
    }

    /// The decoder's note of the format version it reads, where it is not the current one.
    static let formatKey = CodingUserInfoKey(rawValue: "demarche.report.format")!  // a constant key: never nil

    /// "scenarioSHA256" → "scenario_sha256", "byDay" → "by_day"; snake_case
    /// keys stay as they are.
    static func snakeCase(_ key: String) -> String {
        var out = ""
        var previous: Character?
        for character in key {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { out.append("_") }
            out.append(Character(character.lowercased()))
            previous = character
        }
        return out
    }
}

extension OutcomeSummary.CurvePoint {
    /// Format 2 had no `date` (``Report/formatTwo(_:)`` fills it in).
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        let date = decoder.userInfo[Report.formatKey] as? Int == 2
            ? "" : try c.decode(String.self, forKey: "date")
        self.init(day: try c.decode(Double.self, forKey: "day"), date: date, incidence: try c.decode(Double.self, forKey: "incidence"),
                  low: try c.decode(Double.self, forKey: "low"), high: try c.decode(Double.self, forKey: "high"))
    }
}

import Foundation

extension Report {
    /// The complete report as JSON with sorted keys (stable bytes).
    public func json() -> String { ReportJSON.encode(self) }

    /// Reads a report written by `json()`.
    public static func decode(_ data: Data) throws -> Report { try ReportJSON.decode(Report.self, from: data) }
}

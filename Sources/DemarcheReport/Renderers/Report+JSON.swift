import Foundation

extension Report {
    /// The complete report as JSON with sorted keys (stable bytes).
    public func json() -> String { ReportJSON.encode(self) }
}

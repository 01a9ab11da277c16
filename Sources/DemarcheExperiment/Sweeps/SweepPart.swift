import DemarcheReport
import Foundation

/// The results of one shard, written atomically by `demarche sweep --shard`
/// and read by `demarche merge`.
public struct SweepPart: Codable, Sendable {
    public var kind = "demarche-sweep-part"
    public var header: SweepHeader
    public var shard: Shard
    public var results: [WorkItemResult]

    public init(header: SweepHeader, shard: Shard, results: [WorkItemResult]) {
        self.header = header
        self.shard = shard
        self.results = results
    }

    /// One line of JSON (a failed run's NaN is spelled "nan").
    public func json() -> String { ReportJSON.encode(self, pretty: false) }

    public static func decode(_ data: Data) throws -> SweepPart { try ReportJSON.decode(SweepPart.self, from: data) }
}

import DemarcheReport
import Foundation

/// The results of one shard, written atomically by `demarche sweep --shard`
/// and read by `demarche merge`, with the SHA-256 of its settings (and each
/// result with its own) so that `merge` can tell an edited or corrupted
/// part from a good one.
public struct SweepPart: Codable, Sendable {
    public static let kindName = "demarche-sweep-part"

    public var kind = Self.kindName
    public var header: SweepHeader
    /// ``SweepHeader/sha256`` of `header`.
    public var settingsSHA256: String
    public var shard: Shard
    public var results: [WorkItemResult]

    public init(header: SweepHeader, shard: Shard, results: [WorkItemResult]) {
        self.header = header
        settingsSHA256 = header.sha256
        self.shard = shard
        self.results = results
    }

    /// One line of JSON (a failed run's NaN is spelled "nan").
    public func json() -> String { ReportJSON.encode(self, pretty: false) }

    public static func decode(_ data: Data) throws -> SweepPart { try ReportJSON.decode(SweepPart.self, from: data) }
}

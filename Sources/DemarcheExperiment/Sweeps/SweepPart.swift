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

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "failed")
        // Codable values of numbers and strings; non-finite numbers have a spelling above.
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    public static func decode(_ data: Data) throws -> SweepPart {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "failed")
        return try decoder.decode(SweepPart.self, from: data)
    }
}

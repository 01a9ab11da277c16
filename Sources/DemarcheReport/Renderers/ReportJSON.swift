import Foundation

/// The JSON conventions of every Demarche file: sorted keys (stable bytes),
/// and a spelling for non-finite numbers ("inf", "-inf", "nan") so that
/// encoding cannot fail whatever a statistic comes to.
public enum ReportJSON {
    /// `snakeCaseKeys`: `failedRuns` is written `failed_runs` (for values
    /// without a dictionary, whose keys it would change too).
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool = true, snakeCaseKeys: Bool = false) -> String {
        let encoder = JSONEncoder()
        if snakeCaseKeys { encoder.keyEncodingStrategy = .convertToSnakeCase }
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        // Encodable values of strings, integers and doubles, every double now spellable: cannot throw.
        return String(decoding: try! encoder.encode(value), as: UTF8.self) + "\n"
    }

    public static func decode<Value: Decodable>(_ type: Value.Type, from data: Data) throws -> Value {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try decoder.decode(type, from: data)
    }
}

import Foundation

extension ScoreReport {
    public func json() -> String { ReportJSON.encode(self) }

    /// Reads a score report written by `json()` (a `--baseline`), refusing
    /// other JSON — a Monte Carlo report, a calibration — and other format versions.
    public static func decode(_ data: Data, file: String) throws(ScoreError) -> ScoreReport {
        struct Marker: Decodable {
            struct Manifest: Decodable {
                var scenarioFile: String?
                var referenceFile: String?

                enum CodingKeys: CodingKey { case scenarioFile, referenceFile, scenario_file }

                /// Run reports name the scenario `scenario_file` from format 3 on, `scenarioFile` before.
                init(from decoder: Decoder) throws {
                    let c = try decoder.container(keyedBy: CodingKeys.self)
                    scenarioFile = try c.decodeIfPresent(String.self, forKey: .scenario_file)
                        ?? c.decodeIfPresent(String.self, forKey: .scenarioFile)
                    referenceFile = try c.decodeIfPresent(String.self, forKey: .referenceFile)
                }
            }
            var kind: String?
            var format: Int?
            var manifest: Manifest?
            var referenceFile: String?
        }
        let marker: Marker
        do { marker = try ReportJSON.decode(Marker.self, from: data) } catch { throw .unreadable(file: file, reason: "not a JSON object") }
        guard marker.kind == kindMarker else {
            var found = "it has no \"kind\": \"\(kindMarker)\""
            if let kind = marker.kind {
                found = "its kind is '\(kind)'"
            } else if let scenario = marker.manifest?.scenarioFile {
                found = "it is a Monte Carlo report of \(scenario)"
            } else if let reference = marker.manifest?.referenceFile ?? marker.referenceFile {
                found = "it is a calibration or backtest of \(reference)"
            }
            throw .notAScoreReport(file: file, found: found)
        }
        guard marker.format == formatVersion else { throw .formatVersion(file: file, found: marker.format ?? 0) }
        let report: ScoreReport
        do { report = try ReportJSON.decode(ScoreReport.self, from: data) } catch let error as DecodingError {
            throw .unreadable(file: file, reason: Self.describe(error))
        } catch { throw .unreadable(file: file, reason: "\(error)") }
        for row in report.rows {
            try validate(row.question, file: file)
            if let brier = row.brier, !(0...1).contains(brier) {
                throw .invalidQuestion(file: file, id: row.question.id, reason: "Brier score \(brier) is not in [0, 1]")
            }
        }
        return report
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)).\(key.stringValue) is missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}

import Foundation

extension Report {
    /// Reads a JSON report written by `demarche run --format json`, refusing
    /// another format version by name (its `by` dates may mean something else)
    /// and contents that do not add up (``check(file:)``).
    public static func load(contentsOf path: String) throws(ComparisonError) -> Report {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: "cannot be read")
        }
        do {
            let report = try ReportJSON.decode(Report.self, from: data)
            guard report.format == formatVersion else { throw ComparisonError.formatVersion(file: path, found: report.format) }
            try report.check(file: path)
            return report
        } catch let error as ComparisonError {
            throw error
        } catch {
            if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let format = object["format"] as? Int,
                format != formatVersion {
                throw .formatVersion(file: path, found: format)
            }
            throw .unreadable(file: path, reason: "\(error)".prefix(120).description)
        }
    }
}

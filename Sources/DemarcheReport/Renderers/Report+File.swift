import Foundation

extension Report {
    /// The report formats ``load(contentsOf:)`` reads: format 2 is read into
    /// this version's model (Report+FormatTwo.swift).
    public static let readableFormats = [2, formatVersion]

    /// Reads a JSON report written by `demarche run --format json`, refusing
    /// a format version it cannot read by name (its `by` dates may mean
    /// something else) and contents that do not add up (``check(file:)``).
    public static func load(contentsOf path: String) throws(ComparisonError) -> Report {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(file: path, reason: "cannot be read")
        }
        let format = (try? JSONSerialization.jsonObject(with: data) as? [String: Any])?["format"] as? Int
        if let format, !readableFormats.contains(format) { throw .formatVersion(file: path, found: format) }
        do {
            let report = format == 2 ? try formatTwo(data) : try ReportJSON.decode(Report.self, from: data)
            try report.check(file: path)
            return report
        } catch let error as ComparisonError {
            throw error
        } catch {
            throw .unreadable(file: path, reason: "\(error)".prefix(120).description)
        }
    }
}

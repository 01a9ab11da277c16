/// A report that renders in every output format of `run`, `sweep` and `score`.
public protocol RenderedReport {
    func markdown() -> String
    func csv() -> String
    func json() -> String
    func html() -> String
    /// The tables `--format csv --out DIR/` writes, one file each.
    var tables: [DataTable] { get }
}

/// The output formats of `run`, `sweep` and `score`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case md, csv, json, html

    public func render(_ report: some RenderedReport) -> String {
        switch self {
        case .md: report.markdown()
        case .csv: report.csv()
        case .json: report.json()
        case .html: report.html()
        }
    }
}

extension Report: RenderedReport {}
extension SweepReport: RenderedReport {}
extension ScoreReport: RenderedReport {}

import DemarcheReport
import DemarcheScenario
import Foundation

/// `demarche score` without the command line: reads a resolutions file and
/// Monte Carlo reports, reads every question's forecast, scores them, and
/// applies the gate. Questions no report can answer are scored as
/// unanswered and come back as located diagnostics.
public struct ForecastScoring: Sendable {
    public var resolutionsFile: String
    public var reportFiles: [String]
    public var bins: Int
    public var maxBrier: Double?
    /// A committed `demarche score --format json` output to compare against.
    public var baselineFile: String?
    public var margin: Double
    public var alpha: Double
    public var toolVersion: String

    public init(resolutionsFile: String, reportFiles: [String], bins: Int = 10, maxBrier: Double? = nil, baselineFile: String? = nil,
                margin: Double = 0, alpha: Double = 0.05, toolVersion: String) {
        self.resolutionsFile = resolutionsFile
        self.reportFiles = reportFiles
        self.bins = bins
        self.maxBrier = maxBrier
        self.baselineFile = baselineFile
        self.margin = margin
        self.alpha = alpha
        self.toolVersion = toolVersion
    }

    /// The score, and a diagnostic for each unanswered question. Throws on a
    /// file that cannot be read as what it should be.
    public func score() throws -> (report: ScoreReport, diagnostics: [ScenarioDiagnostic]) {
        let resolutions = try ResolutionsLoader.load(contentsOf: resolutionsFile)
        var reports: [(file: String, report: Report)] = []
        for file in reportFiles { reports.append((file, try Report.load(contentsOf: file))) }
        let reader = ForecastReader(reports: reports)
        var questions: [ScoredQuestion] = []
        var diagnostics: [ScenarioDiagnostic] = []
        for question in resolutions.questions {
            let (scored, diagnostic) = reader.forecast(question)
            questions.append(scored)
            if let diagnostic { diagnostics.append(diagnostic) }
        }
        var gate: ScoreGate?
        if maxBrier != nil || baselineFile != nil {
            gate = ScoreGate(maxBrier: maxBrier, baseline: try baselineFile.map(Self.loadBaseline),
                             baselineFile: baselineFile ?? "baseline", margin: margin, alpha: alpha)
        }
        let report = try ScoreReport(questions: questions, resolutionsFile: resolutionsFile, reports: reportFiles, bins: bins,
                                     toolVersion: toolVersion, gate: gate)
        return (report, diagnostics)
    }

    static func loadBaseline(_ file: String) throws(ScoreError) -> ScoreReport {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else { throw .unreadable(file: file, reason: "cannot be read") }
        return try ScoreReport.decode(data, file: file)
    }
}

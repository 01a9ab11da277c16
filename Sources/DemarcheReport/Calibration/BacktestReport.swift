import DemarcheBuildInfo

/// A temporal backtest of a reference class: fitted on the cases begun
/// before a split date, scored on forecasts for the cases begun after it.
public struct BacktestReport: Codable, Sendable {
    public static let formatVersion = 1

    /// One forecasting method at one horizon, over the test cases that
    /// resolve at that horizon.
    public struct Row: Codable, Equatable, Sendable {
        public var method: String
        public var horizonDays: Double
        public var questions: Int
        public var meanForecast: Double
        public var observed: Double
        public var brier: Double
        public var logScore: Double
        /// Against the training set's base rate at the same horizon.
        public var brierSkill: Double
        public var logSkill: Double

        public init(method: String, horizonDays: Double, questions: Int, meanForecast: Double, observed: Double, brier: Double,
                    logScore: Double, brierSkill: Double, logSkill: Double) {
            self.method = method
            self.horizonDays = horizonDays
            self.questions = questions
            self.meanForecast = meanForecast
            self.observed = observed
            self.brier = brier
            self.logScore = logScore
            self.brierSkill = brierSkill
            self.logSkill = logSkill
        }
    }

    public var format: Int
    public var referenceFile: String
    public var referenceSHA256: String
    public var name: String
    public var compliance: String
    /// Training cases began before `split`; test cases on or after it, up to `until`.
    public var split: String
    public var until: String
    public var trainingCases: Int
    public var testCases: Int
    /// Test cases censored before each horizon: their answer is unknown, so they are not scored.
    public var unresolved: [Int]
    public var horizons: [Double]
    public var covariates: [String]
    public var rows: [Row]
    public var toolVersion: String
    /// The git commit of the build (`BuildInfo.commit`); nil in reports made before it was recorded.
    public var toolCommit: String?

    public init(referenceFile: String, referenceSHA256: String, name: String, compliance: String, split: String, until: String,
                trainingCases: Int, testCases: Int, unresolved: [Int], horizons: [Double], covariates: [String], rows: [Row],
                toolVersion: String, toolCommit: String? = BuildInfo.commit) {
        self.format = Self.formatVersion
        self.referenceFile = referenceFile
        self.referenceSHA256 = referenceSHA256
        self.name = name
        self.compliance = compliance
        self.split = split
        self.until = until
        self.trainingCases = trainingCases
        self.testCases = testCases
        self.unresolved = unresolved
        self.horizons = horizons
        self.covariates = covariates
        self.rows = rows
        self.toolVersion = toolVersion
        self.toolCommit = toolCommit
    }

    public func json() -> String { ReportJSON.encode(self) }

    public func markdown() -> String {
        typealias F = ReportFormatting
        var out = "# Backtest: \(name)\n\n"
        out += "- reference file: \(referenceFile) (SHA-256 \(referenceSHA256.prefix(16))…)\n"
        out += "- question: does the target give in ('\(compliance)') within each horizon of the case's start?\n"
        out += "- fitted on \(trainingCases) cases begun before \(split); scored on \(testCases) cases begun \(split) to \(until)\n"
        out += "- not scored (censored before the horizon): "
            + zip(horizons, unresolved).map { "\(CalibrationReport.days($0)): \($1)" }.joined(separator: ", ") + "\n"
        if !covariates.isEmpty { out += "- covariates: \(covariates.joined(separator: ", "))\n" }
        out += "- tool: demarche \(toolVersion)\n" + ToolCommit.markdownLine(toolCommit)
        out += "\nBrier and log scores (nats; lower is better); skill = 1 − score ÷ the base rate's score "
        out += "(positive: better than the training set's base rate).\n\n"
        out += MarkdownTable(
            header: ["horizon", "method", "questions", "mean forecast", "observed", "Brier", "Brier skill", "log score", "log skill"],
            rows: rows.map { row in
                [CalibrationReport.days(row.horizonDays), row.method, "\(row.questions)", F.percent(row.meanForecast), F.percent(row.observed),
                 F.number(row.brier, digits: 4), ReportFormatting.text("%+.3f", row.brierSkill), F.number(row.logScore, digits: 4),
                 ReportFormatting.text("%+.3f", row.logSkill)]
            },
            rightAligned: Set(2...8)).rendered
        return out
    }
}

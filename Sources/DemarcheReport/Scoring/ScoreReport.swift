import DemarcheBuildInfo

/// What `demarche score` prints: resolved questions scored against the
/// probabilities Monte Carlo reports gave them — Brier (1950) and log scores
/// (Gneiting & Raftery 2007), skill against a coin, base rates and
/// climatology, the Brier decomposition (`BrierDecomposition`) with its
/// reliability table — and, when questions are contested, all of it again
/// with those resolved the other way. Its JSON is what `--baseline` reads.
public struct ScoreReport: Codable, Sendable {
    public static let formatVersion = 1
    /// The `kind` of every score report, so other JSON is refused as a baseline.
    public static let kindMarker = "demarche-score"
    public static let maximumBins = 1000

    /// One question with its scores; nil scores when it is unanswered.
    public struct Row: Codable, Sendable, Equatable {
        public var question: ScoredQuestion
        public var brier: Double?
        public var logScore: Double?
        /// Under the other resolution, for contested questions.
        public var alternativeBrier: Double?
        public var alternativeLogScore: Double?
    }

    /// Which resolution of the contested questions a set of totals uses.
    public enum Resolution: String, Codable, Sendable {
        case asResolved = "as resolved"
        case otherWay = "contested questions resolved the other way"
    }

    /// Totals, skills and decomposition over the answered questions under one resolution.
    public struct ResolutionSet: Codable, Sendable, Equatable {
        public var resolution: Resolution
        public var score: ForecastScore
        public var skills: [ForecastSkill]
        public var decomposition: BrierDecomposition

        public func skill(_ reference: ForecastSkill.Reference) -> ForecastSkill? { skills.first { $0.reference == reference } }
    }

    public var format: Int
    public var kind: String
    public var toolVersion: String
    /// The git commit of the build (`BuildInfo.commit`); nil in reports made before it was recorded.
    public var toolCommit: String?
    public var resolutionsFile: String
    public var reports: [String]
    /// ε of the log score's clipping, [ε, 1 − ε].
    public var logEpsilon: Double
    /// Every question, answered or not, in the order given.
    public var rows: [Row]
    /// Contested questions (those with an `alternative` resolution).
    public var contested: Int
    /// As resolved, then (when an answered question is contested) the other way;
    /// empty when no question is answered.
    public var resolutions: [ResolutionSet]
    public var gate: ScoreGate.Result?

    /// Scores `questions`; throws when a probability or base rate is not in
    /// [0, 1], an id repeats, a contested question's alternative equals its
    /// resolution, `bins` is out of range, or the gate is invalid.
    public init(questions: [ScoredQuestion], resolutionsFile: String, reports: [String], bins: Int = 10, toolVersion: String,
                gate: ScoreGate? = nil, toolCommit: String? = BuildInfo.commit) throws(ScoreError) {
        guard (1...Self.maximumBins).contains(bins) else { throw .invalidBins(bins) }
        var seen: Set<String> = []
        for question in questions {
            guard seen.insert(question.id).inserted else { throw .duplicateQuestion(file: resolutionsFile, id: question.id) }
            try Self.validate(question, file: resolutionsFile)
        }
        format = Self.formatVersion
        kind = Self.kindMarker
        self.toolVersion = toolVersion
        self.toolCommit = toolCommit
        self.resolutionsFile = resolutionsFile
        self.reports = reports
        logEpsilon = ProperScores.logEpsilon
        rows = questions.map { question in
            let p = question.probability
            let other = question.alternative
            return Row(question: question, brier: p.map { ProperScores.brier($0, question.resolved) },
                       logScore: p.map { ProperScores.logScore($0, question.resolved) },
                       alternativeBrier: p.flatMap { p in other.map { ProperScores.brier(p, $0) } },
                       alternativeLogScore: p.flatMap { p in other.map { ProperScores.logScore(p, $0) } })
        }
        contested = questions.count { $0.alternative != nil }
        let answered = questions.filter { $0.probability != nil }
        resolutions = [Resolution.asResolved, .otherWay].compactMap { resolution in
            guard resolution == .asResolved || answered.contains(where: { $0.alternative != nil }) else { return nil }
            let forecasts = answered.compactMap { question in
                question.probability.map {
                    ForecastScore.Forecast($0, resolution == .otherWay ? question.alternative ?? question.resolved : question.resolved)
                }
            }
            guard let score = ForecastScore(forecasts), let decomposition = BrierDecomposition(forecasts, binCount: bins) else { return nil }
            return ResolutionSet(resolution: resolution, score: score,
                                 skills: ForecastSkill.all(forecasts, baseRates: answered.map(\.baseRate)), decomposition: decomposition)
        }
        if let gate { self.gate = try gate.evaluate(self) }
    }

    static func validate(_ question: ScoredQuestion, file: String) throws(ScoreError) {
        func fail(_ reason: String) -> ScoreError { .invalidQuestion(file: file, id: question.id, reason: reason) }
        if let p = question.probability, !(0...1).contains(p) { throw fail("probability \(p) is not in [0, 1]") }
        if let rate = question.baseRate, !(0...1).contains(rate) { throw fail("base rate \(rate) is not in [0, 1]") }
        if let runs = question.runs, runs < 0 { throw fail("runs \(runs) is negative") }
        if question.alternative == question.resolved {
            throw fail("the contested alternative resolution equals the resolution (\(question.resolved))")
        }
    }

    public var answered: Int { rows.count { $0.brier != nil } }
    public var unanswered: Int { rows.count - answered }

    /// 1 if a gate fails; otherwise 2 if a question is unanswered or a gate
    /// cannot be decided (no question shared with the baseline); otherwise 0.
    public var exitCode: Int32 {
        if gate?.failed == true { return 1 }
        if unanswered > 0 || gate?.undecided == true { return 2 }
        return 0
    }
}

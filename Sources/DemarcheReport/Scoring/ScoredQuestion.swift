/// One resolved question and the forecast a report gave it.
public struct ScoredQuestion: Codable, Sendable, Equatable {
    public var id: String
    public var outcome: String
    /// File of the report that answered it.
    public var report: String?
    /// ISO date the probability was read at (end of that day).
    public var by: String?
    /// Count questions: "count >= atLeast".
    public var atLeast: Int?
    /// nil: unanswered.
    public var probability: Double?
    /// Replications behind the probability.
    public var runs: Int?
    /// Why, when `probability` is nil.
    public var unanswered: String?
    /// The resolution: true if it happened.
    public var resolved: Bool
    public var resolvedOn: String?
    public var source: String
    /// Contested: the other resolution, also scored.
    public var alternative: Bool?
    /// A reference forecast for this question.
    public var baseRate: Double?

    public init(id: String, outcome: String, report: String? = nil, by: String? = nil, atLeast: Int? = nil,
                probability: Double? = nil, runs: Int? = nil, unanswered: String? = nil, resolved: Bool,
                resolvedOn: String? = nil, source: String, alternative: Bool? = nil, baseRate: Double? = nil) {
        self.id = id
        self.outcome = outcome
        self.report = report
        self.by = by
        self.atLeast = atLeast
        self.probability = probability
        self.runs = runs
        self.unanswered = unanswered
        self.resolved = resolved
        self.resolvedOn = resolvedOn
        self.source = source
        self.alternative = alternative
        self.baseRate = baseRate
    }
}

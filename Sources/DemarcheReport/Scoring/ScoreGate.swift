/// A CI gate on a score report: an absolute ceiling on the mean Brier score,
/// and/or no significant worsening against a baseline score report (a
/// one-sided paired t-test on the questions both scored, `PairedTTest`).
/// Both use the questions as resolved.
public struct ScoreGate: Sendable {
    public enum Verdict: String, Codable, Sendable {
        case pass = "PASS"
        case fail = "FAIL"
        /// Nothing to decide on: no answered question, or none shared with the baseline.
        case undecided = "UNDECIDED"
    }

    /// Mean Brier against `maxBrier`.
    public struct MaxBrierCheck: Codable, Sendable, Equatable {
        public var limit: Double
        /// nil when no question is answered.
        public var meanBrier: Double?
        public var verdict: Verdict
    }

    /// Brier now − Brier in the baseline, question by question.
    public struct BaselineCheck: Codable, Sendable, Equatable {
        public var file: String
        public var margin: Double
        public var alpha: Double
        /// nil when no question pairs up.
        public var test: PairedTTest?
        /// Why questions were not paired → how many.
        public var notPaired: [String: Int]
        public var verdict: Verdict
    }

    public struct Result: Codable, Sendable, Equatable {
        public var maxBrier: MaxBrierCheck?
        public var baseline: BaselineCheck?

        var verdicts: [Verdict] { [maxBrier?.verdict, baseline?.verdict].compactMap { $0 } }
        public var failed: Bool { verdicts.contains(.fail) }
        public var undecided: Bool { verdicts.contains(.undecided) }
    }

    /// Fail when the mean Brier exceeds it.
    public var maxBrier: Double?
    public var baseline: ScoreReport?
    /// The baseline's file, for messages.
    public var baselineFile: String
    /// Fail when the mean Brier difference is significantly greater than this.
    public var margin: Double
    public var alpha: Double

    public init(maxBrier: Double? = nil, baseline: ScoreReport? = nil, baselineFile: String = "baseline", margin: Double = 0,
                alpha: Double = 0.05) {
        self.maxBrier = maxBrier
        self.baseline = baseline
        self.baselineFile = baselineFile
        self.margin = margin
        self.alpha = alpha
    }

    public func evaluate(_ report: ScoreReport) throws(ScoreError) -> Result {
        if let maxBrier, !(maxBrier.isFinite && maxBrier >= 0) { throw .invalidGate("max Brier \(maxBrier) is not a number ≥ 0") }
        guard margin.isFinite else { throw .invalidGate("margin \(margin) is not a finite number") }
        guard alpha > 0 && alpha < 1 else { throw .invalidGate("alpha \(alpha) is not in (0, 1)") }
        var result = Result()
        if let maxBrier {
            let mean = report.resolutions.first?.score.brier
            result.maxBrier = MaxBrierCheck(limit: maxBrier, meanBrier: mean,
                                            verdict: mean.map { $0 > maxBrier ? .fail : .pass } ?? .undecided)
        }
        if let baseline { result.baseline = compare(report, baseline) }
        return result
    }

    /// Pairs questions by id that both answered with the same resolution.
    private func compare(_ report: ScoreReport, _ baseline: ScoreReport) -> BaselineCheck {
        let before = Dictionary(baseline.rows.map { ($0.question.id, $0) }, uniquingKeysWith: { first, _ in first })
        var differences: [Double] = []
        var notPaired: [String: Int] = [:]
        for row in report.rows {
            guard let old = before[row.question.id] else { notPaired["only in this scoring", default: 0] += 1; continue }
            guard old.question.resolved == row.question.resolved else { notPaired["resolved differently", default: 0] += 1; continue }
            switch (row.brier, old.brier) {
            case (let now?, let then?): differences.append(now - then)
            case (nil, _): notPaired["unanswered here", default: 0] += 1
            case (_, nil): notPaired["unanswered in the baseline", default: 0] += 1
            }
        }
        let ids = Set(report.rows.map(\.question.id))
        let onlyBefore = baseline.rows.count { !ids.contains($0.question.id) }
        if onlyBefore > 0 { notPaired["only in the baseline"] = onlyBefore }
        let test = PairedTTest(differences, margin: margin)
        return BaselineCheck(file: baselineFile, margin: margin, alpha: alpha, test: test, notPaired: notPaired,
                             verdict: test.map { $0.exceedsMargin(alpha: alpha) ? .fail : .pass } ?? .undecided)
    }
}

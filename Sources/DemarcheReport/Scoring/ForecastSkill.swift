/// How much better forecasts score than a reference forecast of the same
/// questions: 1 − score ÷ reference score (`ProperScores.skill`), for the
/// Brier and the log score (Murphy 1973; Gneiting & Raftery 2007).
public struct ForecastSkill: Codable, Sendable, Equatable {
    public enum Reference: String, Codable, Sendable {
        /// 50% for every question.
        case coin
        /// Each question's own `baseRate`, over the questions that have one.
        case baseRates = "base rates"
        /// The observed frequency of these very questions: it uses the
        /// answers, so it is an in-sample reference.
        case climatology
    }

    public var reference: Reference
    /// True when the reference forecast was made from the answers being scored.
    public var inSample: Bool
    /// The reference's probability when it is the same for every question.
    public var referenceProbability: Double?
    /// The forecasts over the questions compared (all answered ones, or those with a base rate).
    public var score: ForecastScore
    /// The reference forecast over the same questions.
    public var referenceScore: ForecastScore
    public var brierSkill: Double
    public var logSkill: Double

    /// nil when no question has a reference forecast.
    init?(_ reference: Reference, referenceProbability: Double?, pairs: [(forecast: ForecastScore.Forecast, reference: Double)]) {
        guard let score = ForecastScore(pairs.map(\.forecast)),
            let referenceScore = ForecastScore(pairs.map { ForecastScore.Forecast($0.reference, $0.forecast.outcome) })
        else { return nil }
        self.reference = reference
        self.inSample = reference == .climatology
        self.referenceProbability = referenceProbability
        self.score = score
        self.referenceScore = referenceScore
        brierSkill = ProperScores.skill(score.brier, reference: referenceScore.brier)
        logSkill = ProperScores.skill(score.logScore, reference: referenceScore.logScore)
    }

    /// Skill against the coin, the base rates given (one per forecast, nil
    /// where there is none) and climatology, in that order; the base-rate
    /// entry is left out when no forecast has one.
    static func all(_ forecasts: [ForecastScore.Forecast], baseRates: [Double?]) -> [ForecastSkill] {
        guard let total = ForecastScore(forecasts) else { return [] }
        let coin = ForecastSkill(.coin, referenceProbability: 0.5, pairs: forecasts.map { ($0, 0.5) })
        let withBaseRates = zip(forecasts, baseRates).compactMap { forecast, rate in rate.map { (forecast, $0) } }
        let baseRate = ForecastSkill(.baseRates, referenceProbability: nil, pairs: withBaseRates)
        let climatology = ForecastSkill(.climatology, referenceProbability: total.observed,
                                        pairs: forecasts.map { ($0, total.observed) })
        return [coin, baseRate, climatology].compactMap { $0 }
    }

    /// "coin (50%)", "base rates (7 questions)", "climatology (in-sample, 42.0%)".
    public var label: String {
        switch reference {
        case .coin: "coin (50%)"
        case .baseRates: "base rates (\(score.count) question\(score.count == 1 ? "" : "s"))"
        case .climatology: "climatology (in-sample, \(ReportFormatting.percent(referenceProbability ?? score.observed)))"
        }
    }
}

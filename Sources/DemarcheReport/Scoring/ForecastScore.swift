/// The mean scores of probability forecasts of yes/no questions: Brier (1950)
/// and the log score (Gneiting & Raftery 2007), as `ProperScores` defines them.
public struct ForecastScore: Codable, Sendable, Equatable {
    /// One forecast and what happened.
    public struct Forecast: Sendable, Equatable {
        public var probability: Double
        public var outcome: Bool

        public init(_ probability: Double, _ outcome: Bool) {
            self.probability = probability
            self.outcome = outcome
        }
    }

    public var count: Int
    public var meanForecast: Double
    /// Share of the questions that resolved yes.
    public var observed: Double
    public var brier: Double
    /// In nats, probabilities clipped to [ε, 1 − ε] (`ProperScores.logEpsilon`).
    public var logScore: Double

    /// nil when there is no forecast to score.
    public init?(_ forecasts: [Forecast]) {
        guard !forecasts.isEmpty else { return nil }
        let n = Double(forecasts.count)
        count = forecasts.count
        meanForecast = forecasts.reduce(0) { $0 + $1.probability } / n
        observed = Double(forecasts.count(where: \.outcome)) / n
        brier = forecasts.reduce(0) { $0 + ProperScores.brier($1.probability, $1.outcome) } / n
        logScore = forecasts.reduce(0) { $0 + ProperScores.logScore($1.probability, $1.outcome) } / n
    }
}

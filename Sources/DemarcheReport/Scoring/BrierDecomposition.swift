/// Murphy's (1973, "A new vector partition of the probability score")
/// decomposition of the mean Brier score over equal-width bins of the
/// forecast, with the two within-bin terms of Stephenson, Coelho & Jolliffe
/// (2008, Weather and Forecasting 23:752) that make it exact:
///
///     BS = REL − RES + UNC + WBV − WBC
///     REL = (1/N) Σₖ nₖ (f̄ₖ − ōₖ)²        RES = (1/N) Σₖ nₖ (ōₖ − ō)²     UNC = ō (1 − ō)
///     WBV = (1/N) Σₖ Σᵢ (fᵢ − f̄ₖ)²        WBC = (2/N) Σₖ Σᵢ (oᵢ − ōₖ)(fᵢ − f̄ₖ)
///
/// With every forecast equal to its bin's mean, WBV = WBC = 0 and this is
/// Murphy's identity.
public struct BrierDecomposition: Codable, Sendable, Equatable {
    /// One non-empty bin of the reliability table.
    public struct Bin: Codable, Sendable, Equatable {
        /// Forecasts in [low, high); the last bin includes 1.
        public var low: Double
        public var high: Double
        public var count: Int
        public var meanForecast: Double
        /// The share that resolved yes, with its Wilson 95% interval.
        public var observed: Estimate
    }

    public var binCount: Int
    public var count: Int
    /// The mean Brier score that is decomposed, computed directly.
    public var brier: Double
    public var reliability: Double
    public var resolution: Double
    public var uncertainty: Double
    public var withinBinVariance: Double
    public var withinBinCovariance: Double
    /// BS − (REL − RES + UNC + WBV − WBC): zero but for rounding.
    public var identityError: Double
    public var bins: [Bin]

    /// nil when there is no forecast, a probability outside [0, 1], or no bin.
    public init?(_ forecasts: [ForecastScore.Forecast], binCount: Int) {
        guard binCount > 0, forecasts.allSatisfy({ (0...1).contains($0.probability) }), let total = ForecastScore(forecasts)
        else { return nil }
        let n = Double(forecasts.count)
        var members = [[ForecastScore.Forecast]](repeating: [], count: binCount)
        for forecast in forecasts { members[Self.bin(of: forecast.probability, binCount: binCount)].append(forecast) }
        let o = total.observed
        var reliability = 0.0, resolution = 0.0, withinVariance = 0.0, withinCovariance = 0.0
        var bins: [Bin] = []
        for (index, bin) in members.enumerated() {
            guard let score = ForecastScore(bin) else { continue }
            let f = score.meanForecast
            let ok = score.observed
            reliability += Double(bin.count) * (f - ok) * (f - ok)
            resolution += Double(bin.count) * (ok - o) * (ok - o)
            for forecast in bin {
                withinVariance += (forecast.probability - f) * (forecast.probability - f)
                withinCovariance += ((forecast.outcome ? 1 : 0) - ok) * (forecast.probability - f)
            }
            bins.append(Bin(low: Double(index) / Double(binCount), high: Double(index + 1) / Double(binCount), count: bin.count,
                            meanForecast: f,
                            observed: ProportionInterval.wilson(successes: bin.count(where: \.outcome), trials: bin.count)))
        }
        self.binCount = binCount
        count = forecasts.count
        brier = total.brier
        self.reliability = reliability / n
        self.resolution = resolution / n
        uncertainty = o * (1 - o)
        withinBinVariance = withinVariance / n
        withinBinCovariance = 2 * withinCovariance / n
        identityError = brier - (self.reliability - self.resolution + uncertainty + withinBinVariance - withinBinCovariance)
        self.bins = bins
    }

    /// The bin of a probability: ⌊p·K⌋, with p = 1 in the last of the K bins.
    public static func bin(of probability: Double, binCount: Int) -> Int {
        min(max(Int((probability * Double(binCount)).rounded(.down)), 0), binCount - 1)
    }
}

import DemarcheRandom
import DemarcheReport
import Foundation
import Testing

@Suite struct ForecastScoreTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance }

    /// Five questions, p = 0.2, 0.7, 0.9, 0.4, 0.1 and o = 0, 1, 0, 1, 0.
    /// Brier: 0.04 + 0.09 + 0.81 + 0.36 + 0.01 = 1.31, mean 0.262.
    /// ō = 0.4, UNC = 0.4 · 0.6 = 0.24. Two bins, [0, 0.5) and [0.5, 1]:
    /// bin 0 = {0.2, 0.4, 0.1} with o = {0, 1, 0}: f̄ = 0.7/3, ō₀ = 1/3;
    /// bin 1 = {0.7, 0.9} with o = {1, 0}: f̄ = 0.8, ō₁ = 0.5.
    /// REL = (3 · 0.1² + 2 · 0.3²) / 5 = 0.21 / 5 = 0.042
    /// RES = (3 · (1/15)² + 2 · 0.1²) / 5 = (1/75 + 0.02) / 5 = 1/150
    /// WBV = ((1/30)² + (1/6)² + (2/15)² + 0.1² + 0.1²) / 5 = (7/150 + 0.02) / 5 = 1/75
    /// WBC = 2/5 · [(−1/3)(−1/30) + (2/3)(1/6) + (−1/3)(−2/15) + (0.5)(−0.1) + (−0.5)(0.1)]
    ///     = 2/5 · (1/6 − 0.1) = 2/75
    /// REL − RES + UNC + WBV − WBC = 0.042 − 1/150 + 0.24 + 1/75 − 2/75 = 0.262.
    static let hand: [ForecastScore.Forecast] = [.init(0.2, false), .init(0.7, true), .init(0.9, false), .init(0.4, true), .init(0.1, false)]

    @Test func handComputedScoresAndDecomposition() throws {
        let score = try #require(ForecastScore(Self.hand))
        #expect(score.count == 5 && close(score.meanForecast, 0.46) && close(score.observed, 0.4))
        #expect(close(score.brier, 0.262))
        #expect(close(score.logScore, -(log(0.8) + log(0.7) + log(0.1) + log(0.4) + log(0.9)) / 5))
        let d = try #require(BrierDecomposition(Self.hand, binCount: 2))
        #expect(close(d.reliability, 0.042) && close(d.resolution, 1.0 / 150) && close(d.uncertainty, 0.24))
        #expect(close(d.withinBinVariance, 1.0 / 75) && close(d.withinBinCovariance, 2.0 / 75))
        #expect(abs(d.identityError) < 1e-15 && close(d.brier, 0.262))
        #expect(d.bins.map(\.count) == [3, 2] && d.bins.map(\.low) == [0, 0.5] && d.bins.map(\.high) == [0.5, 1])
        #expect(close(d.bins[0].meanForecast, 0.7 / 3) && close(d.bins[0].observed.value, 1.0 / 3) && close(d.bins[1].observed.value, 0.5))
        #expect(d.bins[1].observed == ProportionInterval.wilson(successes: 1, trials: 2))
    }

    @Test func nothingToScoreIsNil() {
        #expect(ForecastScore([]) == nil)
        #expect(BrierDecomposition([], binCount: 10) == nil)
        #expect(BrierDecomposition(Self.hand, binCount: 0) == nil)
        #expect(BrierDecomposition([.init(.nan, true)], binCount: 10) == nil)
        #expect(BrierDecomposition([.init(1.5, true)], binCount: 10) == nil)
    }

    @Test func binsAreEqualWidthWithTheLastClosed() {
        #expect(BrierDecomposition.bin(of: 0, binCount: 10) == 0)
        #expect(BrierDecomposition.bin(of: 0.0999, binCount: 10) == 0)
        #expect(BrierDecomposition.bin(of: 0.1, binCount: 10) == 1)
        #expect(BrierDecomposition.bin(of: 0.5, binCount: 2) == 1)
        #expect(BrierDecomposition.bin(of: 0.9999, binCount: 10) == 9)
        #expect(BrierDecomposition.bin(of: 1, binCount: 10) == 9)
        #expect(BrierDecomposition.bin(of: 1, binCount: 1) == 0)
    }

    /// properscoring, scikit-learn and numpy (Reference/scoring_reference.py).
    @Test func matchesPythonReference() throws {
        let forecasts = zip(ScoringReference.forecasts, ScoringReference.outcomes).map { ForecastScore.Forecast($0, $1) }
        let score = try #require(ForecastScore(forecasts))
        #expect(close(score.brier, ScoringReference.brier))
        #expect(close(score.logScore, ScoringReference.logScore))
        let d = try #require(BrierDecomposition(forecasts, binCount: ScoringReference.bins))
        #expect(close(d.reliability, ScoringReference.reliability))
        #expect(close(d.resolution, ScoringReference.resolution))
        #expect(close(d.uncertainty, ScoringReference.uncertainty))
        #expect(close(d.withinBinVariance, ScoringReference.withinBinVariance))
        #expect(close(d.withinBinCovariance, ScoringReference.withinBinCovariance))
        #expect(d.bins.map(\.count) == ScoringReference.binCounts.filter { $0 > 0 })
        #expect(abs(d.identityError) < 1e-12)
    }

    /// scipy.stats.ttest_1samp and t.ppf (Reference/scoring_reference.py).
    /// GSL's and scipy's t distributions agree to about 1e-10 here, not to the last bit.
    @Test func pairedTTestMatchesScipy() throws {
        let differences = (0..<ScoringReference.forecasts.count).map { i in
            ProperScores.brier(ScoringReference.forecasts[i], ScoringReference.outcomes[i])
                - ProperScores.brier(ScoringReference.other[i], ScoringReference.outcomes[i])
        }
        let test = try #require(PairedTTest(differences, margin: ScoringReference.margin))
        #expect(test.count == 40 && close(test.meanDifference, ScoringReference.meanDifference))
        #expect(close(try #require(test.t), ScoringReference.t))
        #expect(close(try #require(test.p), ScoringReference.p, 1e-10))
        #expect(close(try #require(test.low), ScoringReference.low, 1e-10))
        #expect(close(try #require(test.high), ScoringReference.high, 1e-10))
        #expect(test.exceedsMargin(alpha: 0.05) && !test.exceedsMargin(alpha: 0.01))
    }

    @Test func pairedTTestWithoutSpread() throws {
        let one = try #require(PairedTTest([0.2], margin: 0.1))
        #expect(one.t == nil && one.p == nil && one.low == nil && one.exceedsMargin(alpha: 0.05))
        #expect(!(try #require(PairedTTest([0.05], margin: 0.1))).exceedsMargin(alpha: 0.05))
        // Identical differences: s = 0 exactly, whatever a sum of 0.1s rounds to.
        let flat = try #require(PairedTTest([0.1, 0.1, 0.1], margin: 0.1))
        #expect(flat.standardDeviation == 0 && flat.meanDifference == 0.1 && flat.t == nil && !flat.exceedsMargin(alpha: 0.05))
        #expect(try #require(PairedTTest([0.1, 0.1, 0.1], margin: 0.05)).exceedsMargin(alpha: 0.05))
        #expect(PairedTTest([], margin: 0) == nil && PairedTTest([.nan], margin: 0) == nil && PairedTTest([0], margin: .infinity) == nil)
    }

    /// Random forecast sets over many seeds: the decomposition is exact with
    /// continuous forecasts (within-bin terms present) and, with every
    /// forecast at its bin's centre, the within-bin terms vanish and Murphy's
    /// identity REL − RES + UNC is exact on its own.
    @Test(arguments: 1...200) func decompositionIsExact(seed: UInt64) throws {
        let stream = RandomStream(seed: seed)
        let count = 1 + stream.uniformInteger(below: 300)
        let bins = 1 + stream.uniformInteger(below: 20)
        let skew = stream.uniform()
        let continuous = (0..<count).map { _ in
            let p = stream.uniform()
            return ForecastScore.Forecast(p, stream.uniform() < (p + skew) / 2)
        }
        let d = try #require(BrierDecomposition(continuous, binCount: bins))
        let brier = try #require(ForecastScore(continuous)).brier
        #expect(abs(brier - (d.reliability - d.resolution + d.uncertainty + d.withinBinVariance - d.withinBinCovariance)) < 1e-12)
        #expect(abs(d.identityError) < 1e-12 && d.bins.map(\.count).reduce(0, +) == count)
        if count > 10 * bins { #expect(d.withinBinVariance > 0) }

        let centred = (0..<count).map { _ in
            let p = (Double(stream.uniformInteger(below: bins)) + 0.5) / Double(bins)
            return ForecastScore.Forecast(p, stream.uniform() < p)
        }
        let c = try #require(BrierDecomposition(centred, binCount: bins))
        #expect(abs(c.withinBinVariance) < 1e-15 && abs(c.withinBinCovariance) < 1e-15)
        #expect(abs(try #require(ForecastScore(centred)).brier - (c.reliability - c.resolution + c.uncertainty)) < 1e-12)
    }
}

import CDemarcheGSL
@testable import DemarcheReport
import DemarcheRandom
import Testing

@Suite struct StatisticsTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 5e-5) -> Bool { abs(a - b) <= tolerance }

    /// Newcombe (1998), Table I: Wilson score intervals.
    @Test func wilsonMatchesNewcombesTable() {
        let a = ProportionInterval.wilson(successes: 81, trials: 263)
        #expect(close(a.low, 0.2553) && close(a.high, 0.3662))
        let b = ProportionInterval.wilson(successes: 15, trials: 148)
        #expect(close(b.low, 0.0624) && close(b.high, 0.1605))
        let c = ProportionInterval.wilson(successes: 0, trials: 20)
        #expect(c.low == 0 && close(c.high, 0.1611))
        let d = ProportionInterval.wilson(successes: 1, trials: 29)
        #expect(close(d.low, 0.0061) && close(d.high, 0.1718))
    }

    /// Newcombe (1998), method 10, the worked examples of the issue.
    @Test func newcombeDifferenceMatchesPublishedExamples() {
        let first = ProportionInterval.newcombeDifference(successes1: 56, trials1: 70, successes2: 48, trials2: 80)
        #expect(close(first.low, 0.0524) && close(first.high, 0.3339))
        let second = ProportionInterval.newcombeDifference(successes1: 9, trials1: 10, successes2: 3, trials2: 10)
        #expect(close(second.low, 0.1705) && close(second.high, 0.8090))
    }

    /// A hand-computed censored example: times 1, 2+, 3, 3, 4+, 5 (+ = censored).
    /// S(1) = 5/6; S(3) = 5/6 · (1 − 2/4) = 5/12; S(5) = 5/12 · (1 − 1/1) = 0.
    @Test func kaplanMeierHandExample() {
        let km = KaplanMeier([(1, true), (2, false), (3, true), (3, true), (4, false), (5, true)])
        #expect(km.steps.map(\.time) == [1, 3, 5])
        #expect(km.steps.map(\.atRisk) == [6, 4, 1])
        #expect(close(km.survival(at: 0.5), 1) && close(km.survival(at: 1), 5.0 / 6) && close(km.survival(at: 2.9), 5.0 / 6))
        #expect(close(km.survival(at: 3), 5.0 / 12) && close(km.survival(at: 4.9), 5.0 / 12) && km.survival(at: 5) == 0)
        #expect(km.quantile(0.1) == 1 && km.quantile(0.5) == 3 && km.quantile(0.9) == 5)
        // Greenwood at t = 3: S² · (1/(6·5) + 2/(4·2)).
        #expect(close(km.steps[1].variance, (5.0 / 12) * (5.0 / 12) * (1.0 / 30 + 2.0 / 8), 1e-12))
        let censored = KaplanMeier([(2, false), (3, false)])
        #expect(censored.quantile(0.5) == nil && censored.survival(at: 10) == 1)
    }

    @Test func quantilesAgreeWithGSL() {
        let stream = RandomStream(seed: 3)
        let values = (0..<1001).map { _ in stream.uniform() * 100 }
        let sorted = values.sorted()
        let ours = SampleQuantiles.quantiles(values, [0.1, 0.5, 0.9]) ?? []
        let gsl = sorted.withUnsafeBufferPointer { buffer in
            [0.1, 0.5, 0.9].map { gsl_stats_quantile_from_sorted_data(buffer.baseAddress, 1, buffer.count, $0) }
        }
        #expect(ours == gsl)
        #expect(ours[1] == sorted[500], "odd count: the median is the middle value")
        #expect(SampleQuantiles.quantiles([], [0.5]) == nil)
    }

    @Test(arguments: UInt64(1)...20)
    func selectionMedianAgreesWithSorting(seed: UInt64) {
        let stream = RandomStream(seed: seed)
        let count = 1 + stream.uniformInteger(below: 500)
        let values = (0..<count).map { _ in Double(stream.uniformInteger(below: 50)) }
        let sorted = values.sorted()
        let expected = count % 2 == 1 ? sorted[count / 2] : (sorted[count / 2 - 1] + sorted[count / 2]) / 2
        #expect(Selection.median(values) == expected)
    }

    /// Holm (1979): p = 0.01, 0.04, 0.03, 0.005 at α = 0.05 → thresholds
    /// 0.0125, 0.0167, 0.025, 0.05 in order: rejects 0.005 and 0.01, stops at 0.03.
    @Test func holmStepDown() {
        #expect(HolmCorrection.rejections([0.01, 0.04, 0.03, 0.005], alpha: 0.05) == [true, false, false, true])
        #expect(HolmCorrection.rejections([0.001, 0.002], alpha: 0.05) == [true, true])
        #expect(HolmCorrection.rejections([], alpha: 0.05) == [])
    }

    @Test func bootstrapIsReproducibleAndCoversTheDifference() throws {
        let stream = RandomStream(seed: 8)
        let a = (0..<400).map { _ in stream.uniform() * 100 }
        let b = (0..<400).map { _ in stream.uniform() * 100 + 20 }
        let first = try #require(Bootstrap.difference(b, a, statistic: Selection.median))
        let second = try #require(Bootstrap.difference(b, a, statistic: Selection.median))
        #expect(first == second)
        #expect(first.low < 20 && first.high > 20 && first.low < first.value && first.value < first.high)
        #expect(Bootstrap.difference([], a, statistic: Selection.median) == nil)
    }
}

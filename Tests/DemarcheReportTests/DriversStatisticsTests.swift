import DemarcheRandom
@testable import DemarcheReport
import Foundation
import Testing

/// The estimators of the drivers and attribution sections: against closed
/// forms, and their intervals' coverage over many simulated samples.
@Suite struct DriversStatisticsTests {
    /// Pairs (x, y) of a bivariate normal with correlation `r`.
    static func bivariate(_ n: Int, r: Double, _ stream: RandomStream) throws -> ([Double], [Double]) {
        let normal = try Normal(mean: 0, standardDeviation: 1)
        let x = (0..<n).map { _ in normal.sample(using: stream) }
        let y = x.map { r * $0 + (1 - r * r).squareRoot() * normal.sample(using: stream) }
        return (x, y)
    }

    /// With one factor, the standardised rank regression coefficient is
    /// Spearman's ρ and its standard error the simple regression's,
    /// √((1 − ρ²) / (n − 2)) (both variables standardised, Σx² = n).
    @Test(arguments: [UInt64(1), 2, 3])
    func oneFactorRegressionIsSpearmansRho(seed: UInt64) throws {
        let (x, y) = try Self.bivariate(300, r: 0.6, RandomStream(seed: seed))
        let fit = try #require(RankRegression.fit(inputs: x.map { [$0] }, output: y))
        let rho = try #require(SpearmanCorrelation.estimate(x, y))
        #expect(abs(fit.coefficients[0] - rho.value) < 1e-12)
        #expect(abs(fit.standardErrors[0] - ((1 - rho.value * rho.value) / 298).squareRoot()) < 1e-12)
        #expect(abs(fit.rSquared - rho.value * rho.value) < 1e-12)
    }

    /// Spearman's ρ of a bivariate normal is (6/π) asin(r/2) (Pearson 1907);
    /// the Fisher-z interval with Bonett & Wright's variance covers it in
    /// about 95% of samples (1,000 samples of 100: 93–97%, ±3.6 SE).
    @Test func spearmanIntervalCoversTheTrueRho() throws {
        let r = 0.5
        let truth = 6 / Double.pi * asin(r / 2)
        let stream = RandomStream(seed: 11)
        var covered = 0
        for _ in 0..<1000 {
            let (x, y) = try Self.bivariate(100, r: r, stream)
            let rho = try #require(SpearmanCorrelation.estimate(x, y))
            if rho.low <= truth && truth <= rho.high { covered += 1 }
        }
        #expect((930...970).contains(covered), "covered \(covered) of 1000")
    }

    /// The simultaneous quantile: Bonferroni over k intervals.
    @Test func simultaneousQuantile() {
        #expect(abs(SpearmanCorrelation.simultaneousZ(count: 1) - 1.959964) < 1e-6)
        #expect(abs(SpearmanCorrelation.simultaneousZ(count: 5) - 2.575829) < 1e-6)
    }

    /// Newcombe's paired interval covers p₁ − p₂ in about 95% of samples of
    /// 200 pairs (P(1,1) = 0.3, P(1,0) = 0.1, P(0,1) = 0.05: p₁ − p₂ = 0.05).
    @Test func pairedProportionIntervalCoversTheDifference() {
        let stream = RandomStream(seed: 5)
        var covered = 0
        for _ in 0..<1000 {
            var first: [Double] = [], second: [Double] = []
            for _ in 0..<200 {
                let u = stream.uniform()
                let pair: (Double, Double) = u < 0.3 ? (1, 1) : u < 0.4 ? (1, 0) : u < 0.45 ? (0, 1) : (0, 0)
                first.append(pair.0)
                second.append(pair.1)
            }
            let difference = PairedDifference.proportions(first, second)
            #expect(abs(difference.value - (Double(first.count { $0 == 1 }) - Double(second.count { $0 == 1 })) / 200) < 1e-12)
            if difference.low <= 0.05 && 0.05 <= difference.high { covered += 1 }
        }
        #expect((930...975).contains(covered), "covered \(covered) of 1000")
    }

    /// Identical runs: a difference of exactly 0 (the mean's interval is
    /// [0, 0]; the proportion's still allows for changes too rare to see).
    @Test func identicalRunsDifferByExactlyZero() {
        let values: [Double] = (0..<500).map { Double($0 % 3 == 0 ? 1 : 0) }
        let proportion = PairedDifference.proportions(values, values)
        #expect(proportion.value == 0 && proportion.low < 0 && proportion.high > 0 && proportion.high < 0.01)
        #expect(PairedDifference.means(values, values) == Estimate(value: 0, low: 0, high: 0))
        let change = AttributionSummary.Change.paired(id: "o", label: "o", binary: true, with: values, without: values)
        #expect(change.changedRuns == 0 && change.with == change.without && change.contribution.value == 0)
    }

    /// A constant input gets no coefficient and leaves the others' fit alone.
    @Test func aConstantInputIsLeftOut() throws {
        let (x, y) = try Self.bivariate(400, r: 0.7, RandomStream(seed: 2))
        let summary = DriversSummary.analyse(
            inputs: ["x", "constant"], columns: [x, Array(repeating: 3, count: 400)],
            responses: [.init(id: "y", label: "y", description: "y", values: y)], totalRuns: 400)
        let outcome = try #require(summary.outcomes.first)
        #expect(outcome.drivers.map(\.path) == ["x", "constant"])
        #expect(outcome.drivers[1].srrc == nil && outcome.drivers[1].spearman == nil)
        #expect(abs(summary.z - 1.959964) < 1e-6, "one input varies")
        #expect(try #require(outcome.drivers[0].srrc).low > 0.5)
    }

    /// The tornado: one bar per row, red when negative, labels escaped, an
    /// axis symmetric about 0 with round ends.
    @Test func tornadoChart() {
        let svg = TornadoChart.svg([.init(label: "a<b", estimate: Estimate(value: 0.4, low: 0.3, high: 0.5)),
                                    .init(label: "c", estimate: Estimate(value: -0.1, low: -0.2, high: 0.01))], label: "t")
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.components(separatedBy: "<rect").count == 3)
        #expect(svg.contains("a&lt;b") && !svg.contains("a<b"))
        #expect(svg.contains("#c0392b") && svg.contains(">-0.50<") && svg.contains(">0.50<"))
        #expect(TornadoChart.niceExtent([0.03, -0.07]) == 0.1 && TornadoChart.niceExtent([1.4]) == 2)
        #expect(TornadoChart.svg([], label: "none").isEmpty)
    }
}

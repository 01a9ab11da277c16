import DemarcheExperiment
import DemarcheRandom
import DemarcheReport
import DemarcheScenario
import Foundation
import Testing

@Suite struct SweepDesignTests {
    /// A sweep file written to a temporary directory next to a tiny scenario.
    static func spec(_ body: String) throws -> SweepSpec {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-design-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try """
            demarche: 1
            name: s
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors: { a: { kind: state, opposition: 0.5, alignment: 0.5, dependence: 0.5 } }
            decisions:
              d: { actor: a, monthly_hazard: 0.1, options: { exclude: {} } }
            outcomes:
              x: { event: decision.d.exclude }
            """.write(to: directory.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let sweep = directory.appendingPathComponent("sweep.yaml")
        try ("demarche_sweep: 1\nscenario: s.yaml\n" + body).write(to: sweep, atomically: true, encoding: .utf8)
        return try SweepLoader.load(contentsOf: sweep.path)
    }

    static let threeFactors = """
        factors:
          actors.a.opposition: { low: 0.1, high: 0.9, values: [0.2, 0.8] }
          actors.a.alignment: { low: 0, high: 1, values: [0, 0.5, 1] }
          decisions.d.monthly_hazard: { low: 0.01, high: 0.5, values: [0.1] }
        """

    /// Each factor's range is cut into n strata, each hit exactly once.
    @Test(arguments: [1, 7, 64, 500])
    func latinHypercubeHitsEachStratumOnce(samples: Int) throws {
        let spec = try Self.spec("design: lhs\nsamples: \(samples)\nseed: \(samples)\n" + Self.threeFactors)
        let design = try SweepDesign(spec)
        #expect(design.rows.count == samples)
        for (j, factor) in spec.factors.enumerated() {
            let strata = design.rows.map { Int((($0[j] - factor.low) / (factor.high - factor.low) * Double(samples)).rounded(.down)) }
            #expect(strata.sorted() == Array(0..<samples), "factor \(factor.path)")
        }
    }

    /// The first points of GSL's Sobol sequence in 3 dimensions, printed by a
    /// C program calling gsl_qrng_sobol directly.
    @Test func sobolSequenceMatchesGSL() throws {
        let points = try SobolSequence(dimension: 3).points(6)
        #expect(points == [[0.5, 0.5, 0.5], [0.75, 0.25, 0.75], [0.25, 0.75, 0.25],
                           [0.375, 0.375, 0.625], [0.875, 0.875, 0.125], [0.625, 0.125, 0.375]])
        #expect(throws: DistributionError.self) { try SobolSequence(dimension: 41) }
        let spec = try Self.spec("design: sobol\nsamples: 4\n" + Self.threeFactors)
        #expect(try SweepDesign(spec).rows[1] == [0.1 + 0.8 * 0.75, 0.25, 0.01 + 0.49 * 0.75])
    }

    @Test func otherDesignsHaveTheirShapes() throws {
        let grid = try SweepDesign(try Self.spec("design: grid\n" + Self.threeFactors))
        #expect(grid.rows == [[0.2, 0, 0.1], [0.2, 0.5, 0.1], [0.2, 1, 0.1], [0.8, 0, 0.1], [0.8, 0.5, 0.1], [0.8, 1, 0.1]])
        let oat = try SweepDesign(try Self.spec("design: oat\n" + Self.threeFactors))
        #expect(oat.rows.count == 7)
        #expect(oat.rows[0] == [0.5, 0.5, 0.255])
        #expect(oat.rows[3] == [0.5, 0, 0.255] && oat.rows[4] == [0.5, 1, 0.255])
        let saltelli = try SweepDesign(try Self.spec("design: saltelli\nsamples: 8\n" + Self.threeFactors))
        #expect(saltelli.rows.count == 8 * 5 && saltelli.baseSize == 8)
        for i in 0..<3 {
            for j in 0..<8 {
                var expected = saltelli.rows[j]
                expected[i] = saltelli.rows[8 + j][i]
                #expect(saltelli.rows[(2 + i) * 8 + j] == expected)
            }
        }
        let rows = try SweepDesign(try Self.spec("design: rows\nrows: [[0.3, 0.4, 0.05], [0.6, 0.7, 0.2]]\n" + Self.threeFactors))
        #expect(rows.rows == [[0.3, 0.4, 0.05], [0.6, 0.7, 0.2]])
    }

    /// The Ishigami function (Ishigami & Homma 1990) with a = 7, b = 0.1 on
    /// [−π, π]³ has S1 ≈ (0.314, 0.442, 0) and ST ≈ (0.558, 0.442, 0.244).
    /// With N = 8,192 Saltelli rows the bootstrap intervals must contain them.
    @Test func sobolIndicesOfTheIshigamiFunction() throws {
        let n = 8192
        let points = try SobolSequence(dimension: 6).points(n)
        func scale(_ u: Double) -> Double { -Double.pi + 2 * Double.pi * u }
        func ishigami(_ x: [Double]) -> Double { sin(x[0]) + 7 * pow(sin(x[1]), 2) + 0.1 * pow(x[2], 4) * sin(x[0]) }
        let a = points.map { p in (0..<3).map { scale(p[$0]) } }
        let b = points.map { p in (0..<3).map { scale(p[3 + $0]) } }
        let ab = (0..<3).map { i in zip(a, b).map { rowA, rowB in var row = rowA; row[i] = rowB[i]; return ishigami(row) } }
        let result = SobolIndices.estimate(a: a.map(ishigami), b: b.map(ishigami), ab: ab)
        let s1 = [0.3139, 0.4424, 0.0]
        let st = [0.5576, 0.4424, 0.2437]
        for i in 0..<3 {
            #expect(result.firstOrder[i].low <= s1[i] && s1[i] <= result.firstOrder[i].high, "S1[\(i)] = \(result.firstOrder[i])")
            #expect(result.total[i].low <= st[i] && st[i] <= result.total[i].high, "ST[\(i)] = \(result.total[i])")
            #expect(result.firstOrder[i].high - result.firstOrder[i].low < 0.1)
        }
    }

    /// An outcome that no factor moves (zero variance) gets indices of 0, not NaN.
    @Test func sobolIndicesOfAConstantOutput() {
        let result = SobolIndices.estimate(a: [0.5, 0.5, 0.5], b: [0.5, 0.5, 0.5], ab: [[0.5, 0.5, 0.5]], resamples: 20)
        #expect(result.firstOrder[0] == Estimate(value: 0, low: 0, high: 0) && result.total[0] == Estimate(value: 0, low: 0, high: 0))
    }

    @Test func rankRegressionRecoversMonotoneEffects() throws {
        let stream = RandomStream(seed: 4)
        let inputs = (0..<200).map { _ in [stream.uniform(), stream.uniform(), stream.uniform()] }
        // A monotone but non-linear effect of x₀, a negative linear one of x₁,
        // none of x₂: signs, rough sizes and the irrelevant factor.
        let output = inputs.map { 2 * pow($0[0], 3) - $0[1] + 0.01 * stream.uniform() }
        let fit = try #require(RankRegression.fit(inputs: inputs, output: output))
        #expect(fit.coefficients[0] > 0.7 && fit.coefficients[1] < -0.2 && abs(fit.coefficients[2]) < 0.1, "\(fit.coefficients)")
        #expect(fit.rSquared > 0.9)
    }

    @Test(arguments: [
        ("design: lhs\nsamples: 0\n" + threeFactors, "needs 'samples' ≥ 1"),
        ("design: lhs\nsamples: 4\nfactors:\n  actors.a.opposition: { low: 0.9, high: 0.1 }\n", "the range is empty: low (0.9) is greater than high (0.1)"),
        ("design: lhs\nsamples: 4\nfactors:\n  actors.a.oppositon: { low: 0.1, high: 0.9 }\n", "no numeric parameter at 'actors.a.oppositon' in the scenario (did you mean 'actors.a.opposition'?)"),
        ("design: lhs\nsamples: 4\nfactors:\n  actors.a.opposition: { low: 0.1, high: 1.5 }\n", "1.5 is outside what 'actors.a.opposition' accepts"),
        ("design: latin\nsamples: 4\n" + threeFactors, "expected one of grid, rows, lhs, sobol, saltelli, oat, found 'latin'"),
        ("design: rows\nrows: [[1, 2]]\n" + threeFactors, "expected 3 values (one per factor), found 2"),
    ])
    func badSweepsAreRefused(body: String, message: String) throws {
        #expect {
            _ = try Self.spec(body)
        } throws: { error in
            let text = (error as? ScenarioError)?.description ?? "\(error)"
            if !text.contains(message) { Issue.record("got: \(text)") }
            return text.contains(message)
        }
    }
}

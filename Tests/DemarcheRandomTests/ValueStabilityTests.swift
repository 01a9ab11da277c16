import DemarcheRandom
import Testing

/// Pins the first draws of every distribution for mt19937 seeded with 42.
/// The expected values were printed by a C program calling GSL 2.7.1 (Debian
/// bookworm) directly, not by Demarche, so they check the Swift wrappers too.
@Suite struct ValueStabilityTests {
    func firstDraws<D: Distribution>(_ distribution: D, count: Int = 3) -> [D.Value] {
        let stream = RandomStream(seed: 42)
        return (0..<count).map { _ in distribution.sample(using: stream) }
    }

    @Test func continuousDistributions() throws {
        #expect(firstDraws(try Uniform(low: -1, high: 3)) == [0.49816045723855495, 2.1861719368025661, 2.8028572462499142])
        #expect(firstDraws(try Normal(mean: 10, standardDeviation: 2)) == [8.3774728632838755, 12.185112668647445, 6.2538520869034917])
        #expect(firstDraws(try LogNormal(mu: 5.03, sigma: 1.66)) == [64.834604822518386, 506.44318104425435, 2244.5044198401424])
        #expect(firstDraws(try Gamma(shape: 2.5, scale: 30)) == [35.354017330328873, 12.410845418818949, 15.908020318183461])
        #expect(firstDraws(try Beta(alpha: 2, beta: 5)) == [0.32928409726162261, 0.043620871111815424, 0.19292102476031775])
        #expect(firstDraws(try Weibull(scale: 100, shape: 1.5)) == [98.800151509127517, 37.263880470823587, 13.669933188870676])
        #expect(firstDraws(try Exponential(mean: 90)) == [42.234127444965551, 143.30704688853447, 270.9109381916083])
        #expect(firstDraws(try Triangular(low: 10, mode: 30, high: 100)) == [37.227416176731452, 64.1980559251881, 82.378994434017528])
        #expect(firstDraws(try TruncatedNormal(mean: 0, standardDeviation: 1, low: 0.5, high: 3))
            == [0.86513100417640287, 1.5232396588353956, 2.1323302764799164])
        #expect(firstDraws(try Empirical(values: [5, 1, 9, 3])) == [3.2472406858578324, 6.5585158104076982, 8.4085717387497425])
        #expect(firstDraws(try Fixed(7.5)) == [7.5, 7.5, 7.5])
    }

    @Test func discreteDistributions() throws {
        #expect(firstDraws(try Bernoulli(p: 0.3)) == [false, false, false])
        #expect(firstDraws(try Poisson(mean: 4.5)) == [7, 2, 1])
        #expect(firstDraws(try Categorical(weights: [1, 2, 7])) == [2, 2, 2])
    }

    @Test func seedZeroIsGSLDefault() {
        let zero = RandomStream(seed: 0)
        let defaultSeed = RandomStream(seed: 4357)
        #expect((0..<10).map { _ in zero.uniform() } == (0..<10).map { _ in defaultSeed.uniform() })
    }

    @Test func reseedRestartsTheStream() {
        let stream = RandomStream(seed: 9)
        let first = (0..<5).map { _ in stream.uniform() }
        stream.reseed(9)
        #expect((0..<5).map { _ in stream.uniform() } == first)
    }

    @Test(arguments: RandomGenerator.allCases)
    func everyGeneratorIsDeterministic(_ algorithm: RandomGenerator) {
        let a = RandomStream(seed: 123, algorithm: algorithm)
        let b = RandomStream(seed: 123, algorithm: algorithm)
        let drawsA = (0..<100).map { _ in a.uniform() }
        #expect(drawsA == (0..<100).map { _ in b.uniform() })
        #expect(Set(drawsA).count == 100)
    }
}

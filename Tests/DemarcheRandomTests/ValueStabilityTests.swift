import DemarcheRandom
import Testing

/// Pins the first draws of every distribution from `RandomStream(seed: 42)`
/// for mt19937 and for Philox4x32-10 (key 42, counter 0). The mt19937 values
/// were printed by a C program calling GSL 2.7.1 (Debian bookworm) directly;
/// the Philox values by GSL fed `randomgen`'s Philox words
/// (`Reference/philox_gsl_draws.c`, run by `philox_reference.py`), so neither
/// comes from Demarche and both check the Swift wrappers too.
@Suite struct ValueStabilityTests {
    struct Pinned: Sendable, CustomTestStringConvertible {
        let generator: RandomGenerator
        let continuous: [String: [Double]]
        let bernoulli: [Bool]
        let poisson: [Int]
        let categorical: [Int]
        var testDescription: String { generator.rawValue }
    }

    static let pinned = [
        Pinned(
            generator: .mt19937,
            continuous: [
                "uniform": [0.49816045723855495, 2.1861719368025661, 2.8028572462499142],
                "normal": [8.3774728632838755, 12.185112668647445, 6.2538520869034917],
                "lognormal": [64.834604822518386, 506.44318104425435, 2244.5044198401424],
                "gamma": [35.354017330328873, 12.410845418818949, 15.908020318183461],
                "beta": [0.32928409726162261, 0.043620871111815424, 0.19292102476031775],
                "weibull": [98.800151509127517, 37.263880470823587, 13.669933188870676],
                "exponential": [42.234127444965551, 143.30704688853447, 270.9109381916083],
                "triangular": [37.227416176731452, 64.1980559251881, 82.378994434017528],
                "truncated normal": [0.86513100417640287, 1.5232396588353956, 2.1323302764799164],
                "empirical": [3.2472406858578324, 6.5585158104076982, 8.4085717387497425],
                "fixed": [7.5, 7.5, 7.5],
            ],
            bernoulli: [false, false, false], poisson: [7, 2, 1], categorical: [2, 2, 2]),
        Pinned(
            generator: .philox4x32,
            continuous: [
                "uniform": [1.4518395243212581, 0.87434607278555632, -0.70707305055111647],
                "normal": [7.7675873254958541, 8.6139049495484414, 10.189022264277506],
                "lognormal": [7201.7852082268782, 59.143504194418092, 672.91037798471416],
                "gamma": [27.119056859047962, 69.263459382980486, 25.269759730448477],
                "beta": [0.10978469828027985, 0.1808073878629412, 0.10290726505811126],
                "weibull": [62.107252130150556, 83.136676110392116, 189.76570138933221],
                "exponential": [85.430423237959417, 56.899338806606323, 6.8446557931585517],
                "triangular": [50.620320483077066, 42.138916918512933, 21.481164019906586],
                "truncated normal": [1.1737687155057634, 0.97575255090608526, 0.56498596835637971],
                "empirical": [4.6777592864818871, 3.8115191091783345, 1.4393904241733253],
                "fixed": [7.5, 7.5, 7.5],
            ],
            bernoulli: [false, false, true], poisson: [3, 9, 5], categorical: [2, 2, 0]),
    ]

    func firstDraws<D: Distribution>(_ distribution: D, _ generator: RandomGenerator, count: Int = 3) -> [D.Value] {
        let stream = RandomStream(seed: 42, algorithm: generator)
        return (0..<count).map { _ in distribution.sample(using: stream) }
    }

    @Test(arguments: pinned)
    func continuousDistributions(_ pinned: Pinned) throws {
        let g = pinned.generator
        let draws: [String: [Double]] = [
            "uniform": firstDraws(try Uniform(low: -1, high: 3), g),
            "normal": firstDraws(try Normal(mean: 10, standardDeviation: 2), g),
            "lognormal": firstDraws(try LogNormal(mu: 5.03, sigma: 1.66), g),
            "gamma": firstDraws(try Gamma(shape: 2.5, scale: 30), g),
            "beta": firstDraws(try Beta(alpha: 2, beta: 5), g),
            "weibull": firstDraws(try Weibull(scale: 100, shape: 1.5), g),
            "exponential": firstDraws(try Exponential(mean: 90), g),
            "triangular": firstDraws(try Triangular(low: 10, mode: 30, high: 100), g),
            "truncated normal": firstDraws(try TruncatedNormal(mean: 0, standardDeviation: 1, low: 0.5, high: 3), g),
            "empirical": firstDraws(try Empirical(values: [5, 1, 9, 3]), g),
            "fixed": firstDraws(try Fixed(7.5), g),
        ]
        for (name, expected) in pinned.continuous { #expect(draws[name] == expected, "\(name)") }
        #expect(draws.count == pinned.continuous.count)
    }

    @Test(arguments: pinned)
    func discreteDistributions(_ pinned: Pinned) throws {
        #expect(firstDraws(try Bernoulli(p: 0.3), pinned.generator) == pinned.bernoulli)
        #expect(firstDraws(try Poisson(mean: 4.5), pinned.generator) == pinned.poisson)
        #expect(firstDraws(try Categorical(weights: [1, 2, 7]), pinned.generator) == pinned.categorical)
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

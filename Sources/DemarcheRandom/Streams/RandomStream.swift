import CDemarcheGSL
import CDemarchePhilox

/// One GSL random number generator, owned by exactly one replication and one
/// named stream.
///
/// A stream is a reference type that is deliberately not `Sendable`: the
/// compiler refuses to share it between tasks, which is what keeps replications
/// independent of thread count. Distributions draw from it through
/// ``Distribution/sample(using:)``.
public final class RandomStream {
    @usableFromInline let state: UnsafeMutablePointer<gsl_rng>
    /// A seed to apply before the next draw (see ``reseedBeforeNextDraw(_:)``).
    /// Unchecked exclusivity: a stream is never shared (not `Sendable`), and
    /// a dynamic access check on every draw costs more than the draw.
    @exclusivity(unchecked) @usableFromInline var pendingSeed: UInt64?

    /// The algorithm this stream runs.
    public let algorithm: RandomGenerator

    /// Creates a stream seeded with `seed` exactly as `gsl_rng_set` does
    /// (mt19937 uses the low 32 bits, seed 0 being GSL's default 4357;
    /// philox4x32 takes the seed as its key and starts at counter 0).
    public init(seed: UInt64, algorithm: RandomGenerator = .mt19937) {
        GSLErrorHandling.disableAbort()
        // gsl_rng_alloc fails only when malloc does (a few kB); nothing a
        // caller could recover from, and independent of user input.
        guard let state = gsl_rng_alloc(algorithm.gslType) else {
            preconditionFailure("gsl_rng_alloc failed: out of memory")
        }
        self.state = state
        self.algorithm = algorithm
        gsl_rng_set(state, UInt(seed))
    }

    /// Creates the stream for one (master seed, variant, replication, stream).
    public convenience init(
        _ seed: StreamSeed, algorithm: RandomGenerator = .mt19937
    ) {
        self.init(seed: UInt64(seed.value), algorithm: algorithm)
    }

    /// Creates the Philox4x32-10 stream of `key` in `replication` (see
    /// ``StreamKey``): nothing is seeded, the key and counter are set.
    public convenience init(_ key: StreamKey, replication: UInt32) {
        self.init(seed: 0, algorithm: .philox4x32)
        restart(key, replication: replication)
    }

    /// A Philox4x32-10 stream at any key and counter (least significant
    /// word first): its first four words are that counter's block, as
    /// Random123's `philox4x32(counter, key)`, and every four words the
    /// counter grows by one, carrying across all four words.
    public convenience init(philoxKey key: UInt64, counter: (UInt32, UInt32, UInt32, UInt32)) {
        self.init(seed: 0, algorithm: .philox4x32)
        demarche_philox4x32_restart(state.pointee.state, key, counter.0, counter.1, counter.2, counter.3)
    }

    deinit { gsl_rng_free(state) }

    /// Moves a Philox4x32-10 stream to `key` in `replication`: four stores.
    public func restart(_ key: StreamKey, replication: UInt32) {
        precondition(algorithm.isCounterBased, "restart(_:replication:) needs a counter-based generator")
        pendingSeed = nil
        Self.restartPhilox(state.pointee.state, key, replication: replication)
    }

    /// Positions the Philox state `state` (a `gsl_rng.state`) at `key`, counter
    /// (0, 0, replication, key.tag).
    static func restartPhilox(_ state: UnsafeMutableRawPointer, _ key: StreamKey, replication: UInt32) {
        demarche_philox4x32_restart(state, key.key, 0, 0, replication, key.tag)
    }

    /// Restarts the stream from `seed` without reallocating its state.
    public func reseed(_ seed: UInt64) {
        pendingSeed = nil
        gsl_rng_set(state, UInt(seed))
    }

    /// Restarts the stream from `seed` when it is next drawn from: seeding
    /// mt19937 costs 624 steps, wasted on streams a replication never uses.
    public func reseedBeforeNextDraw(_ seed: UInt64) { pendingSeed = seed }

    /// The generator, seeded if a reseed is pending; every draw goes through it.
    @inlinable var generator: UnsafeMutablePointer<gsl_rng> {
        if let seed = pendingSeed { reseed(seed) }
        return state
    }

    /// A uniform draw in [0, 1). Philox's is inlined (the same value GSL's
    /// `gsl_rng_uniform` returns, without its calls through function pointers).
    @inlinable public func uniform() -> Double {
        let generator = generator
        if algorithm == .philox4x32 { return demarche_philox4x32_uniform(generator.pointee.state) }
        return gsl_rng_uniform(generator)
    }

    /// A uniform draw in (0, 1): never exactly zero, for logarithms.
    @inlinable public func uniformPositive() -> Double {
        let generator = generator
        if algorithm == .philox4x32 { return demarche_philox4x32_uniform_positive(generator.pointee.state) }
        return gsl_rng_uniform_pos(generator)
    }

    /// A uniform integer in 0..<upperBound (`upperBound` ≥ 1, at most 2³²).
    @inlinable public func uniformInteger(below upperBound: Int) -> Int {
        precondition(upperBound >= 1, "uniformInteger(below:) needs a positive bound")
        return Int(gsl_rng_uniform_int(generator, UInt(upperBound)))
    }
}

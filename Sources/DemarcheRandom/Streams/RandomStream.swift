import CDemarcheGSL

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
    @usableFromInline var pendingSeed: UInt64?

    /// The algorithm this stream runs.
    public let algorithm: RandomGenerator

    /// Creates a stream seeded with `seed` exactly as `gsl_rng_set` does
    /// (mt19937 uses the low 32 bits; seed 0 is GSL's default 4357).
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

    deinit { gsl_rng_free(state) }

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

    /// A uniform draw in [0, 1).
    @inlinable public func uniform() -> Double { gsl_rng_uniform(generator) }

    /// A uniform draw in (0, 1): never exactly zero, for logarithms.
    @inlinable public func uniformPositive() -> Double {
        gsl_rng_uniform_pos(generator)
    }

    /// A uniform integer in 0..<upperBound (`upperBound` ≥ 1, at most 2³²).
    @inlinable public func uniformInteger(below upperBound: Int) -> Int {
        precondition(upperBound >= 1, "uniformInteger(below:) needs a positive bound")
        return Int(gsl_rng_uniform_int(generator, UInt(upperBound)))
    }
}

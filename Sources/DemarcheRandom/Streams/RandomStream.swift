import CDemarcheGSL

/// One GSL random number generator, owned by exactly one replication and one
/// named stream.
///
/// A stream is a reference type that is deliberately not `Sendable`: the
/// compiler refuses to share it between tasks, which is what keeps replications
/// independent of thread count. Distributions draw from it through
/// ``Distribution/sample(using:)``.
public final class RandomStream {
    @usableFromInline let generator: UnsafeMutablePointer<gsl_rng>

    /// The algorithm this stream runs.
    public let algorithm: RandomGenerator

    /// Creates a stream seeded with `seed` exactly as `gsl_rng_set` does
    /// (mt19937 uses the low 32 bits; seed 0 is GSL's default 4357).
    public init(seed: UInt64, algorithm: RandomGenerator = .mt19937) {
        GSLErrorHandling.disableAbort()
        // gsl_rng_alloc fails only when malloc does (a few kB); nothing a
        // caller could recover from, and independent of user input.
        guard let generator = gsl_rng_alloc(algorithm.gslType) else {
            preconditionFailure("gsl_rng_alloc failed: out of memory")
        }
        self.generator = generator
        self.algorithm = algorithm
        gsl_rng_set(generator, UInt(seed))
    }

    /// Creates the stream for one (master seed, variant, replication, stream).
    public convenience init(
        _ seed: StreamSeed, algorithm: RandomGenerator = .mt19937
    ) {
        self.init(seed: UInt64(seed.value), algorithm: algorithm)
    }

    deinit { gsl_rng_free(generator) }

    /// Restarts the stream from `seed` without reallocating its state.
    public func reseed(_ seed: UInt64) { gsl_rng_set(generator, UInt(seed)) }

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

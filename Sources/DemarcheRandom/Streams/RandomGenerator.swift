import CDemarcheGSL
import CDemarchePhilox

/// The GSL generator algorithms a ``RandomStream`` can run.
///
/// `philox4x32` (Philox4x32-10: Salmon, Moraes, Dror & Shaw, "Parallel random
/// numbers: as easy as 1, 2, 3", SC 2011) is the default of replications:
/// counter-based, so a stream of any replication is a key and a counter set in
/// a few stores, and distinct streams provably never overlap (``StreamKey``).
/// `mt19937` (Matsumoto & Nishimura 1998) is the generator of the C baseline in
/// `shared/bench` and of single streams seeded by number; seeding it costs 624
/// steps. `ranlxd2` (Lüscher 1994, double precision) is slower but of the
/// highest statistical quality; `taus2` (L'Ecuyer 1996) is fast to seed.
public enum RandomGenerator: String, CaseIterable, Codable, Sendable {
    case philox4x32
    case mt19937
    case ranlxd2
    case taus2

    /// The generator of `run`, `sweep` and `trace` unless one is named.
    public static var replicationDefault: RandomGenerator { .philox4x32 }

    /// Whether a stream is positioned by key and counter rather than seeded.
    public var isCounterBased: Bool { self == .philox4x32 }

    var gslType: UnsafePointer<gsl_rng_type> {
        switch self {
        case .philox4x32: demarche_philox4x32_type().assumingMemoryBound(to: gsl_rng_type.self)
        case .mt19937: demarche_gsl_rng_mt19937()
        case .ranlxd2: demarche_gsl_rng_ranlxd2()
        case .taus2: demarche_gsl_rng_taus2()
        }
    }
}

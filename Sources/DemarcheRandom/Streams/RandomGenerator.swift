import CDemarcheGSL

/// The GSL generator algorithms a ``RandomStream`` can run.
///
/// `mt19937` (Matsumoto & Nishimura 1998) is the default: fast, long period,
/// and the generator of the C baseline in `shared/bench`. `ranlxd2` (Lüscher
/// 1994, double precision) is slower but of the highest statistical quality;
/// `taus2` (L'Ecuyer 1996) is the fastest.
public enum RandomGenerator: String, CaseIterable, Sendable {
    case mt19937
    case ranlxd2
    case taus2

    var gslType: UnsafePointer<gsl_rng_type> {
        switch self {
        case .mt19937: demarche_gsl_rng_mt19937()
        case .ranlxd2: demarche_gsl_rng_ranlxd2()
        case .taus2: demarche_gsl_rng_taus2()
        }
    }
}

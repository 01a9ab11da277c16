import CDemarcheGSL
import DemarcheRandom

/// ∫ₐᵇ f by GSL's adaptive Gauss–Kronrod quadrature with extrapolation
/// (`gsl_integration_qags`, QUADPACK's QAGS), which tolerates integrable
/// singularities at the ends. The Swift integrand reaches the C callback
/// through an opaque pointer that lives only for the call.
enum GSLIntegration {
    /// nil if GSL reports a failure (tolerance not reached, roundoff,
    /// divergence) or the integrand is not finite.
    static func qags(from a: Double, to b: Double, relativeTolerance: Double = 1e-10,
                     _ integrand: @escaping (Double) -> Double) -> Double? {
        GSLErrorHandling.disableAbort()
        let limit = 1000
        guard let workspace = gsl_integration_workspace_alloc(limit) else { return nil }
        defer { gsl_integration_workspace_free(workspace) }
        let box = IntegrandBox(integrand)
        return withExtendedLifetime(box) {
            var function = gsl_function(
                function: { x, params in
                    // GSL passes back the box given below as `params`.
                    params.map { Unmanaged<IntegrandBox>.fromOpaque($0).takeUnretainedValue().integrand(x) } ?? .nan
                },
                params: Unmanaged.passUnretained(box).toOpaque())
            var result = 0.0
            var error = 0.0
            let status = gsl_integration_qags(&function, a, b, 0, relativeTolerance, limit, workspace, &result, &error)
            return Int(status) == GSL_SUCCESS && result.isFinite ? result : nil
        }
    }

    private final class IntegrandBox {
        let integrand: (Double) -> Double
        init(_ integrand: @escaping (Double) -> Double) { self.integrand = integrand }
    }
}

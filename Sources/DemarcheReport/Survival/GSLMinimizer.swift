import CDemarcheGSL
import DemarcheRandom

/// Minimises a smooth function with GSL's BFGS (`gsl_multimin_fdfminimizer_vector_bfgs2`,
/// Fletcher's line search) given its analytic gradient. The C callbacks reach
/// the Swift objective through an opaque pointer that lives only for the call;
/// no GSL pointer leaves this file.
enum GSLMinimizer {
    /// A value and its gradient at a point.
    typealias Objective = ([Double]) -> (value: Double, gradient: [Double])

    enum Failure: Error, Equatable {
        /// GSL refused to start, or a step produced a non-finite value.
        case gslError(Int)
        case notConverged(iterations: Int)
    }

    /// The minimiser found from `start`, once the gradient's Euclidean norm is
    /// below `gradientTolerance`. If the line search can make no more progress
    /// (GSL_ENOPROG, common at a minimum in floating point), the point is
    /// accepted when the gradient is within 100 × `gradientTolerance`.
    static func minimise(
        start: [Double], gradientTolerance: Double, maxIterations: Int = 1000, objective: @escaping Objective
    ) -> Result<[Double], Failure> {
        GSLErrorHandling.disableAbort()
        let n = start.count
        guard n > 0, let minimizer = gsl_multimin_fdfminimizer_alloc(demarche_gsl_multimin_vector_bfgs2(), n),
            let x = gsl_vector_alloc(n)
        else { return .failure(.gslError(GSL_ENOMEM)) }
        defer {
            gsl_multimin_fdfminimizer_free(minimizer)
            gsl_vector_free(x)
        }
        for (i, value) in start.enumerated() { gsl_vector_set(x, i, value) }
        let context = ObjectiveBox(objective, dimension: n)
        return withExtendedLifetime(context) {
            var function = gsl_multimin_function_fdf(
                f: { x, params in ObjectiveBox.from(params)?.evaluate(x).value ?? .nan },
                df: { x, params, gradient in ObjectiveBox.from(params)?.evaluate(x, into: gradient) },
                fdf: { x, params, value, gradient in
                    value?.pointee = ObjectiveBox.from(params)?.evaluate(x, into: gradient) ?? .nan
                },
                n: n, params: Unmanaged.passUnretained(context).toOpaque())
            let setStatus = gsl_multimin_fdfminimizer_set(minimizer, &function, x, 0.1, 0.1)
            guard Int(setStatus) == GSL_SUCCESS else { return .failure(.gslError(Int(setStatus))) }
            for iteration in 1...max(1, maxIterations) {
                let status = Int(gsl_multimin_fdfminimizer_iterate(minimizer))
                let gradient = gsl_multimin_fdfminimizer_gradient(minimizer)
                guard gsl_multimin_fdfminimizer_minimum(minimizer).isFinite else { return .failure(.gslError(GSL_EBADFUNC)) }
                if status == GSL_ENOPROG {
                    let norm = gsl_blas_dnrm2(gradient)
                    return norm <= 100 * gradientTolerance ? .success(point(minimizer, n)) : .failure(.notConverged(iterations: iteration))
                }
                guard status == GSL_SUCCESS else { return .failure(.gslError(status)) }
                if Int(gsl_multimin_test_gradient(gradient, gradientTolerance)) == GSL_SUCCESS { return .success(point(minimizer, n)) }
            }
            return .failure(.notConverged(iterations: maxIterations))
        }
    }

    private static func point(_ minimizer: UnsafeMutablePointer<gsl_multimin_fdfminimizer>, _ n: Int) -> [Double] {
        let x = gsl_multimin_fdfminimizer_x(minimizer)
        return (0..<n).map { gsl_vector_get(x, $0) }
    }

    /// The Swift objective behind GSL's `void *params`.
    private final class ObjectiveBox {
        let objective: Objective
        let dimension: Int

        init(_ objective: @escaping Objective, dimension: Int) {
            self.objective = objective
            self.dimension = dimension
        }

        /// The box `minimise` handed GSL as `params` (GSL passes it back unchanged).
        static func from(_ params: UnsafeMutableRawPointer?) -> ObjectiveBox? {
            params.map { Unmanaged<ObjectiveBox>.fromOpaque($0).takeUnretainedValue() }
        }

        func evaluate(_ x: UnsafePointer<gsl_vector>?) -> (value: Double, gradient: [Double]) {
            let point = (0..<dimension).map { gsl_vector_get(x, $0) }
            let result = objective(point)
            // GSL's line search copes with +∞ (it backtracks) but not with NaN.
            return (result.value.isNaN ? .infinity : result.value, result.gradient)
        }

        @discardableResult
        func evaluate(_ x: UnsafePointer<gsl_vector>?, into gradient: UnsafeMutablePointer<gsl_vector>?) -> Double {
            let result = evaluate(x)
            for (i, component) in result.gradient.enumerated() { gsl_vector_set(gradient, i, component) }
            return result.value
        }
    }
}

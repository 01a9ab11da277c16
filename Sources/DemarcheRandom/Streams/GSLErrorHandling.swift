import CDemarcheGSL

/// GSL's default error handler calls `abort()`. Demarche validates parameters
/// before calling GSL and checks return values, so the handler is switched off
/// once per process, before the first generator exists (and before the Report
/// layer's first minimisation or integration).
public enum GSLErrorHandling {
    private static let disabled: Bool = {
        _ = gsl_set_error_handler_off()
        return true
    }()

    public static func disableAbort() { _ = disabled }

    /// The GSL version linked at run time, e.g. "2.7.1".
    static var version: String { String(cString: demarche_gsl_version()) }
}

/// The version of GNU GSL that Demarche was built against (for manifests).
public let gslVersion: String = GSLErrorHandling.version

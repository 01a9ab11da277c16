import DemarcheBuildInfo

/// What `demarche calibrate` prints about a reference class: its cases, the
/// nonparametric cumulative incidence of each cause (Aalen–Johansen), the
/// parametric cause-specific hazards fitted by maximum likelihood, how well
/// each parametric form reproduces the nonparametric incidence, and a YAML
/// snippet for a scenario's decision. Its JSON encoding is the
/// machine-readable calibration.
public struct CalibrationReport: Codable, Sendable {
    public static let formatVersion = 1

    public struct Manifest: Codable, Equatable, Sendable {
        public var tool = "demarche"
        public var toolVersion: String
        /// The git commit of the build (`BuildInfo.commit`); nil in reports made before it was recorded.
        public var toolCommit: String?
        public var gslVersion: String
        public var referenceFile: String
        public var referenceSHA256: String
        public var casesFile: String
        public var casesSHA256: String
        public var name: String
        public var citation: String
        /// When the case file became public (ISO date).
        public var published: String
        /// `midpoint` or `drop`.
        public var coarseDates: String
        /// Covariate values the snippet's hazards are evaluated at.
        public var profile: [String: Double]

        public init(toolVersion: String, gslVersion: String, referenceFile: String, referenceSHA256: String, casesFile: String,
                    casesSHA256: String, name: String, citation: String, published: String, coarseDates: String,
                    profile: [String: Double], toolCommit: String? = BuildInfo.commit) {
            self.toolVersion = toolVersion
            self.toolCommit = toolCommit
            self.gslVersion = gslVersion
            self.referenceFile = referenceFile
            self.referenceSHA256 = referenceSHA256
            self.casesFile = casesFile
            self.casesSHA256 = casesSHA256
            self.name = name
            self.citation = citation
            self.published = published
            self.coarseDates = coarseDates
            self.profile = profile
        }
    }

    /// How many rows became cases, and how each case ended.
    public struct Counts: Codable, Equatable, Sendable {
        public var rows: Int
        public var selected: Int
        public var cases: Int
        /// Cases with at least one coarse (imputed) date.
        public var imputed: Int
        public var events: [String: Int]
        public var censored: Int
        /// Reason → selected rows left out, or kept in a special way.
        public var notes: [String: Int]

        public init(rows: Int, selected: Int, cases: Int, imputed: Int, events: [String: Int], censored: Int, notes: [String: Int]) {
            self.rows = rows
            self.selected = selected
            self.cases = cases
            self.imputed = imputed
            self.events = events
            self.censored = censored
            self.notes = notes
        }
    }

    /// A cumulative incidence at one duration, with its 95% interval.
    public struct IncidencePoint: Codable, Equatable, Sendable {
        public var day: Double
        public var incidence: Double
        public var standardError: Double
        public var low: Double
        public var high: Double

        public init(day: Double, incidence: Double, standardError: Double, low: Double, high: Double) {
            self.day = day
            self.incidence = incidence
            self.standardError = standardError
            self.low = low
            self.high = high
        }
    }

    /// One cause: its nonparametric incidence at the checkpoints and as a
    /// step curve (for charts).
    public struct CauseIncidence: Codable, Equatable, Sendable {
        public var cause: String
        public var checkpoints: [IncidencePoint]
        public var curve: [IncidencePoint]

        public init(cause: String, checkpoints: [IncidencePoint], curve: [IncidencePoint]) {
            self.cause = cause
            self.checkpoints = checkpoints
            self.curve = curve
        }
    }

    public struct Parameter: Codable, Equatable, Sendable {
        public var name: String
        public var estimate: Double
        public var standardError: Double
        public var low: Double
        public var high: Double

        public init(name: String, estimate: Double, standardError: Double, low: Double, high: Double) {
            self.name = name
            self.estimate = estimate
            self.standardError = standardError
            self.low = low
            self.high = high
        }
    }

    /// One cause-specific hazard in one parametric form; `failure` says why
    /// it could not be fitted.
    public struct Fit: Codable, Equatable, Sendable {
        public var cause: String
        public var form: String
        public var events: Int
        public var exposureDays: Double
        public var baseline: [Parameter]
        public var coefficients: [Parameter]
        public var logLikelihood: Double?
        public var aic: Double?
        /// Lowest AIC among the cause's forms: the one the snippet uses.
        public var preferred: Bool
        public var failure: String?
        /// Parametric cumulative incidence at the checkpoints (all causes in
        /// this form; at the profile when the fit has covariates).
        public var incidence: [Double]
        /// The same at the report's ``CalibrationReport/curveDays`` (for charts).
        public var curve: [Double]

        public init(cause: String, form: String, events: Int, exposureDays: Double, baseline: [Parameter], coefficients: [Parameter],
                    logLikelihood: Double?, aic: Double?, preferred: Bool, failure: String?, incidence: [Double], curve: [Double]) {
            self.cause = cause
            self.form = form
            self.events = events
            self.exposureDays = exposureDays
            self.baseline = baseline
            self.coefficients = coefficients
            self.logLikelihood = logLikelihood
            self.aic = aic
            self.preferred = preferred
            self.failure = failure
            self.incidence = incidence
            self.curve = curve
        }
    }

    public var format: Int
    public var manifest: Manifest
    public var counts: Counts
    public var checkpoints: [Double]
    public var incidence: [CauseIncidence]
    /// Fits without covariates: the reference class's own hazards, checked
    /// against the nonparametric incidence.
    public var fits: [Fit]
    /// Fits with the reference file's covariates (empty when it has none).
    public var covariateFits: [Fit]
    /// Days at which each fit's `curve` is given.
    public var curveDays: [Double]
    /// YAML to paste into a scenario's decision.
    public var snippet: String

    public init(manifest: Manifest, counts: Counts, checkpoints: [Double], incidence: [CauseIncidence], fits: [Fit],
                covariateFits: [Fit], curveDays: [Double], snippet: String) {
        self.format = Self.formatVersion
        self.manifest = manifest
        self.counts = counts
        self.checkpoints = checkpoints
        self.incidence = incidence
        self.fits = fits
        self.covariateFits = covariateFits
        self.curveDays = curveDays
        self.snippet = snippet
    }

    public func json() -> String { ReportJSON.encode(self) }
}

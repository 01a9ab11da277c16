import DemarcheRandom
import DemarcheReport
import DemarcheScenario

/// Fits a reference class: Aalen–Johansen incidence of every cause, and each
/// cause's hazard in each parametric form by maximum likelihood, first
/// without covariates (the class's own hazards, checked against the
/// nonparametric incidence), then with the file's covariates if it has any.
public struct Calibrator {
    public let reference: ReferenceClass
    /// Covariate values the snippet's hazards are evaluated at (default 0).
    public let profile: [String: Double]
    public let toolVersion: String
    /// The reference-class file as the snippet's sources name it (nil: as given).
    public let referencePath: String?

    /// Charts show incidence up to this multiple of the last checkpoint.
    static let curveSpan = 1.5
    static let curvePoints = 120

    public init(reference: ReferenceClass, profile: [String: Double] = [:], toolVersion: String, referencePath: String? = nil)
        throws(CalibrationError) {
        for name in profile.keys where !reference.covariates.contains(name) {
            throw .unknownCovariate(name, known: reference.covariates)
        }
        self.reference = reference
        self.profile = profile
        self.toolVersion = toolVersion
        self.referencePath = referencePath
    }

    var survivalCases: [SurvivalCase] {
        reference.cases.map { SurvivalCase(time: $0.time, cause: $0.cause, covariates: $0.covariates) }
    }

    public func report() -> CalibrationReport {
        let cases = survivalCases
        let causes = reference.causes
        let checkpoints = reference.checkpoints
        let last = checkpoints.max() ?? 730
        let curveDays = (0...Self.curvePoints).map { Double($0) * last * Self.curveSpan / Double(Self.curvePoints) }
        let estimator = AalenJohansen(cases, causeCount: causes.count)
        let incidence = causes.indices.map { cause in
            CalibrationReport.CauseIncidence(
                cause: causes[cause],
                checkpoints: checkpoints.map { point(estimator.estimate(cause: cause, at: $0), day: $0) },
                curve: estimator.steps(cause: cause).map { step in
                    point(estimator.estimate(cause: cause, at: step.time), day: step.time)
                })
        }
        let plain = fits(cases.map { SurvivalCase(time: $0.time, cause: $0.cause) }, covariates: [], at: [],
                         checkpoints: checkpoints, curveDays: curveDays)
        let profileValues = reference.covariates.map { profile[$0] ?? 0 }
        let withCovariates = reference.covariates.isEmpty ? (rows: [], hazards: [])
            : fits(cases, covariates: reference.covariates, at: profileValues, checkpoints: checkpoints, curveDays: curveDays)
        let counts = CalibrationReport.Counts(
            rows: reference.rowCount, selected: reference.selectedCount, cases: reference.cases.count,
            imputed: reference.cases.count(where: \.imputed),
            events: Dictionary(uniqueKeysWithValues: zip(causes, reference.eventCounts)), censored: reference.censoredCount,
            notes: Dictionary(reference.exclusions.map { ($0.reason, $0.count) }, uniquingKeysWith: +))
        let manifest = CalibrationReport.Manifest(
            toolVersion: toolVersion, gslVersion: DemarcheRandom.gslVersion, referenceFile: reference.file,
            referenceSHA256: reference.sha256, casesFile: reference.casesFile, casesSHA256: reference.casesSHA256,
            name: reference.name, citation: reference.citation, published: reference.published.description,
            coarseDates: reference.coarseRule, profile: Dictionary(uniqueKeysWithValues: zip(reference.covariates, profileValues)))
        let snippetFits = withCovariates.rows.isEmpty ? plain.hazards : withCovariates.hazards
        let snippet = DecisionSnippet(reference: reference, hazards: snippetFits, profile: profileValues,
                                      path: referencePath ?? reference.file).yaml
        return CalibrationReport(
            manifest: manifest, counts: counts, checkpoints: checkpoints, incidence: incidence, fits: plain.rows,
            covariateFits: withCovariates.rows, curveDays: curveDays, snippet: snippet)
    }

    private func point(_ estimate: AalenJohansen.Estimate, day: Double) -> CalibrationReport.IncidencePoint {
        .init(day: day, incidence: estimate.incidence, standardError: estimate.variance.squareRoot(),
              low: estimate.lower, high: estimate.upper)
    }

    /// Every cause in every form; per cause, the form with the lowest AIC is
    /// preferred, and `hazards` holds the preferred fit of each cause.
    private func fits(_ cases: [SurvivalCase], covariates: [String], at values: [Double], checkpoints: [Double],
                      curveDays: [Double]) -> (rows: [CalibrationReport.Fit], hazards: [CauseSpecificHazard?]) {
        let causes = reference.causes
        let forms = reference.forms.compactMap(HazardForm.init(rawValue:))
        let fitted: [[Result<CauseSpecificHazard, any Error>]] = forms.map { form in
            causes.indices.map { cause in
                Result { try CauseSpecificHazard.fit(cases, cause: cause, form: form, covariateNames: covariates) }
            }
        }
        var rows: [CalibrationReport.Fit] = []
        var preferred: [CauseSpecificHazard?] = Array(repeating: nil, count: causes.count)
        for cause in causes.indices {
            let best = forms.indices.min { a, b in
                (try? fitted[a][cause].get().aic) ?? .infinity < (try? fitted[b][cause].get().aic) ?? .infinity
            }
            if let best { preferred[cause] = try? fitted[best][cause].get() }
        }
        for (formIndex, form) in forms.enumerated() {
            let complete = fitted[formIndex].compactMap { try? $0.get() }
            for cause in causes.indices {
                let events = cases.count { $0.cause == cause }
                let exposure = cases.reduce(0) { $0 + $1.time }
                switch fitted[formIndex][cause] {
                case .success(let hazard):
                    let curve: (Double) -> Double = { day in
                        complete.count == causes.count
                            ? ParametricIncidence.incidence(complete, cause: cause, at: day, covariates: values) : .nan
                    }
                    rows.append(.init(
                        cause: causes[cause], form: form.rawValue, events: hazard.events, exposureDays: hazard.exposure,
                        baseline: hazard.baseline.map(Self.parameter), coefficients: hazard.coefficients.map(Self.parameter),
                        logLikelihood: hazard.logLikelihood, aic: hazard.aic,
                        preferred: preferred[cause].map { $0.form == form } ?? false, failure: nil,
                        incidence: checkpoints.map(curve), curve: curveDays.map(curve)))
                case .failure(let error):
                    rows.append(.init(
                        cause: causes[cause], form: form.rawValue, events: events, exposureDays: exposure, baseline: [],
                        coefficients: [], logLikelihood: nil, aic: nil, preferred: false, failure: "\(error)",
                        incidence: [], curve: []))
                }
            }
        }
        return (rows, preferred)
    }

    static func parameter(_ value: FittedValue) -> CalibrationReport.Parameter {
        .init(name: value.name, estimate: value.estimate, standardError: value.standardError, low: value.lower, high: value.upper)
    }
}

/// Why a calibration cannot be made as asked.
public enum CalibrationError: Error, CustomStringConvertible, Equatable {
    case unknownCovariate(String, known: [String])

    public var description: String {
        switch self {
        case .unknownCovariate(let name, let known):
            "--at \(name): the reference class has no covariate '\(name)'"
                + (known.isEmpty ? " (it declares none)" : " (it declares \(known.joined(separator: ", ")))")
        }
    }
}

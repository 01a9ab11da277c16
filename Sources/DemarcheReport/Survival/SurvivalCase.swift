/// One case of a competing-risks sample: how long it ran (days, ≥ 0), how it
/// ended (`cause` is an index into the sample's causes, nil = right-censored at
/// `time`), and its covariate values (same order as the fit's covariate list).
public struct SurvivalCase: Sendable, Equatable {
    public var time: Double
    public var cause: Int?
    public var covariates: [Double]

    public init(time: Double, cause: Int?, covariates: [Double] = []) {
        self.time = time
        self.cause = cause
        self.covariates = covariates
    }

    /// Why this case (at `index` in its sample) cannot be used, or nil if it
    /// can: a finite time ≥ 0, a cause in 0..<`causeCount` (any cause ≥ 0 if
    /// nil), and `covariateCount` finite covariates (any count if nil).
    func problem(at index: Int, causeCount: Int?, covariateCount: Int?) -> SurvivalFitError? {
        guard time.isFinite, time >= 0 else { return .invalidTime(case: index, time: time) }
        if let cause, cause < 0 || cause >= (causeCount ?? Int.max) {
            return .invalidCause(case: index, cause: cause, causeCount: causeCount)
        }
        if let covariateCount, covariates.count != covariateCount {
            return .covariateCount(case: index, expected: covariateCount, found: covariates.count)
        }
        if let position = covariates.firstIndex(where: { !$0.isFinite }) {
            return .invalidCovariate(case: index, covariate: position, value: covariates[position])
        }
        return nil
    }
}

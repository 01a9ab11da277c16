/// Why a survival sample cannot be fitted: which case or cause, and what was
/// wrong, in words a scenario author can act on.
public enum SurvivalFitError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidTime(case: Int, time: Double)
    case invalidCause(case: Int, cause: Int, causeCount: Int?)
    case covariateCount(case: Int, expected: Int, found: Int)
    case invalidCovariate(case: Int, covariate: Int, value: Double)
    case noEvents(cause: Int)
    case tooFewEvents(cause: Int, events: Int, parameters: Int)
    case eventAtTimeZero(cause: Int, case: Int)
    case nonFiniteLikelihood(cause: Int)
    case notConverged(cause: Int, iterations: Int)
    case singularInformation(cause: Int)

    public var description: String {
        switch self {
        case .invalidTime(let index, let time):
            "case \(index): time must be a finite number of days ≥ 0, found \(time)"
        case .invalidCause(let index, let cause, let count):
            "case \(index): cause must be an index " + (count.map { "in 0..<\($0)" } ?? "≥ 0") + ", found \(cause)"
        case .covariateCount(let index, let expected, let found):
            "case \(index): expected \(expected) covariate values (one per covariate name), found \(found)"
        case .invalidCovariate(let index, let covariate, let value):
            "case \(index): covariate \(covariate) must be finite, found \(value)"
        case .noEvents(let cause):
            "cause \(cause): no case ended in this cause, so its hazard cannot be estimated"
        case .tooFewEvents(let cause, let events, let parameters):
            "cause \(cause): \(events) event(s) cannot identify \(parameters) parameters"
        case .eventAtTimeZero(let cause, let index):
            "cause \(cause): case \(index) ended at time 0, where a Weibull likelihood is 0 or unbounded"
        case .nonFiniteLikelihood(let cause):
            "cause \(cause): the log-likelihood is not finite at the estimate"
        case .notConverged(let cause, let iterations):
            "cause \(cause): the optimiser did not converge in \(iterations) iterations "
                + "(e.g. a covariate that separates events from non-events)"
        case .singularInformation(let cause):
            "cause \(cause): the information matrix is singular or not positive definite (a covariate "
                + "that is constant, collinear with another, or separates events from non-events?)"
        }
    }
}

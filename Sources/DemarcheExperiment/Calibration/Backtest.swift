import DemarcheKernel
import DemarcheReport
import DemarcheScenario

/// A temporal backtest: fit a reference class on the cases begun before a
/// split date, forecast for each case begun from the split to `until` the
/// probability that the target gives in within each horizon, resolve each
/// forecast from the data, and score it (Brier, log) against the training
/// set's base rate. A test case censored before a horizon has no answer at
/// that horizon and is not scored; nothing is tuned on the test cases.
public struct Backtest {
    public let reference: ReferenceClass
    public let split: CalendarDate
    public let until: CalendarDate
    public let horizons: [Double]
    public let toolVersion: String

    public init(reference: ReferenceClass, split: CalendarDate, until: CalendarDate, horizons: [Double], toolVersion: String)
        throws(BacktestError) {
        guard split <= until else { throw .emptyWindow(split: split, until: until) }
        guard !horizons.isEmpty, horizons.allSatisfy({ $0 > 0 && $0.isFinite }) else { throw .badHorizons }
        self.reference = reference
        self.split = split
        self.until = until
        self.horizons = horizons
        self.toolVersion = toolVersion
    }

    /// Whether the target gave in within `horizon` days, that is before day
    /// `horizon` of the case began (nil: censored before it). A scenario
    /// asks the same with `by:` the day before, whose end is that instant.
    func resolution(_ item: ReferenceClass.Case, within horizon: Double) -> Bool? {
        if let cause = item.cause, item.time < horizon { return cause == reference.compliance }
        return item.time >= horizon ? false : nil
    }

    /// The share of resolved training cases that gave in within `horizon` (0.5 if none resolved).
    func baseRate(_ training: [ReferenceClass.Case], within horizon: Double) -> Double {
        let resolved = training.compactMap { resolution($0, within: horizon) }
        return resolved.isEmpty ? 0.5 : Double(resolved.count { $0 }) / Double(resolved.count)
    }

    /// The cases begun before the split, and those begun from it to the end of `until`.
    var partition: (training: [ReferenceClass.Case], test: [ReferenceClass.Case]) {
        let splitDay = Double(split.dayNumber)
        let untilDay = Double(until.dayNumber) + 1
        return (reference.cases.filter { $0.start < splitDay }, reference.cases.filter { $0.start >= splitDay && $0.start < untilDay })
    }

    public func report() throws(BacktestError) -> BacktestReport {
        let (training, test) = partition
        guard training.contains(where: { $0.cause == reference.compliance }) else { throw .noTrainingEvents }
        guard !test.isEmpty else { throw .noTestCases }
        let compliance = reference.compliance
        let survival = { (cases: [ReferenceClass.Case], covariates: Bool) in
            cases.map { SurvivalCase(time: $0.time, cause: $0.cause, covariates: covariates ? $0.covariates : []) }
        }
        var methods: [(name: String, forecast: (ReferenceClass.Case, Double) -> Double)] = []
        let estimator = AalenJohansen(survival(training, false), causeCount: reference.causes.count)
        methods.append(("Aalen–Johansen", { _, horizon in estimator.estimate(cause: compliance, at: horizon).incidence }))
        for form in reference.forms.compactMap(HazardForm.init(rawValue:)) {
            if let hazards = fit(survival(training, false), form: form, covariates: []) {
                methods.append((form.rawValue, { _, horizon in
                    ParametricIncidence.incidence(hazards, cause: compliance, at: horizon)
                }))
            }
            if !reference.covariates.isEmpty, let hazards = fit(survival(training, true), form: form, covariates: reference.covariates) {
                methods.append(("\(form.rawValue) + covariates", { item, horizon in
                    ParametricIncidence.incidence(hazards, cause: compliance, at: horizon, covariates: item.covariates)
                }))
            }
        }
        var rows: [BacktestReport.Row] = []
        var unresolved: [Int] = []
        for horizon in horizons {
            let baseRate = baseRate(training, within: horizon)
            let questions = test.compactMap { item in resolution(item, within: horizon).map { (item, $0) } }
            unresolved.append(test.count - questions.count)
            guard let base = ForecastScore(questions.map { ForecastScore.Forecast(baseRate, $0.1) }) else { continue }
            rows.append(row("base rate (training share)", horizon, base, base))
            for method in methods {
                guard let score = ForecastScore(questions.map { ForecastScore.Forecast(method.forecast($0.0, horizon), $0.1) }) else { continue }
                rows.append(row(method.name, horizon, score, base))
            }
        }
        return BacktestReport(
            referenceFile: reference.file, referenceSHA256: reference.sha256, name: reference.name,
            compliance: reference.causes[compliance], split: split.description, until: until.description,
            trainingCases: training.count, testCases: test.count, unresolved: unresolved, horizons: horizons,
            covariates: reference.covariates, rows: rows, toolVersion: toolVersion)
    }

    /// One hazard per cause in `form`, or nil if any cause cannot be fitted.
    private func fit(_ cases: [SurvivalCase], form: HazardForm, covariates: [String]) -> [CauseSpecificHazard]? {
        var hazards: [CauseSpecificHazard] = []
        for cause in reference.causes.indices {
            guard let hazard = try? CauseSpecificHazard.fit(cases, cause: cause, form: form, covariateNames: covariates) else { return nil }
            hazards.append(hazard)
        }
        return hazards
    }

    private func row(_ method: String, _ horizon: Double, _ score: ForecastScore, _ base: ForecastScore) -> BacktestReport.Row {
        BacktestReport.Row(
            method: method, horizonDays: horizon, questions: score.count, meanForecast: score.meanForecast, observed: score.observed,
            brier: score.brier, logScore: score.logScore, brierSkill: ProperScores.skill(score.brier, reference: base.brier),
            logSkill: ProperScores.skill(score.logScore, reference: base.logScore))
    }
}

/// Why a backtest cannot be run as asked.
public enum BacktestError: Error, CustomStringConvertible, Equatable {
    case emptyWindow(split: CalendarDate, until: CalendarDate)
    case badHorizons
    case noTrainingEvents
    case noTestCases

    public var description: String {
        switch self {
        case .emptyWindow(let split, let until): "--until (\(until)) is before --split (\(split))"
        case .badHorizons: "name at least one positive horizon (--within 365d)"
        case .noTrainingEvents: "no case begun before the split ends in compliance: nothing to fit"
        case .noTestCases: "no case begins between the split and --until: nothing to score"
        }
    }
}

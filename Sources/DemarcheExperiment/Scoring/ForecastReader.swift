import DemarcheKernel
import DemarcheReport
import DemarcheScenario

/// Reads each question's forecast out of Monte Carlo reports: the share of
/// runs whose per-run value answers it. An event question by day D counts the
/// runs whose event time lies before the end of D (the report's values are
/// rounded down, so each stays within its day: the share is exact); a count
/// question counts the runs with at least `at_least` events by the outcome's
/// date. A question no report can answer gets a located diagnostic and is
/// kept, unanswered, with the reason.
public struct ForecastReader: Sendable {
    /// Reports with the files they came from, in the order given.
    public let reports: [(file: String, report: Report)]

    public init(reports: [(file: String, report: Report)]) { self.reports = reports }

    /// The forecast of `question`, and the diagnostic when it has none.
    public func forecast(_ question: Resolutions.Question) -> (ScoredQuestion, ScenarioDiagnostic?) {
        var scored = ScoredQuestion(
            id: question.id, outcome: question.outcome, by: question.by?.description, atLeast: question.atLeast,
            resolved: question.resolved, resolvedOn: question.on?.description, source: question.source,
            alternative: question.alternative, baseRate: question.baseRate)
        func unanswered(_ key: String, _ reason: String) -> (ScoredQuestion, ScenarioDiagnostic?) {
            scored.unanswered = reason
            return (scored, question.diagnostic(key, reason))
        }
        let holders = reports.compactMap { entry in
            entry.report.outcomes.first { $0.id == question.outcome }.map { (file: entry.file, report: entry.report, outcome: $0) }
        }
        guard let holder = holders.first else {
            let known = Set(reports.flatMap { $0.report.outcomes.map(\.id) })
            return unanswered("outcome", "no report has an outcome '\(question.outcome)'"
                              + DidYouMean.hint(for: question.outcome, among: known.sorted()))
        }
        guard holders.count == 1 else {
            return unanswered("outcome", "outcome '\(question.outcome)' is in several reports ("
                              + holders.map(\.file).joined(separator: ", ") + "); score them one at a time")
        }
        scored.report = holder.file
        let (report, outcome) = (holder.report, holder.outcome)
        switch outcome.kind {
        case .event:
            if question.atLeast != nil {
                return unanswered("at_least", "'\(outcome.id)' is an event outcome; at_least applies to count outcomes")
            }
        case .count:
            guard question.atLeast != nil else {
                return unanswered("outcome", "'\(outcome.id)' is a count outcome: say how many with at_least")
            }
        case .inForce:
            if question.atLeast != nil {
                return unanswered("at_least", "'\(outcome.id)' is an in_force outcome; at_least applies to count outcomes")
            }
        case .share, .attribute:
            return unanswered("outcome", "'\(outcome.id)' is a share or attribute outcome; only event, count and in_force outcomes answer yes/no questions")
        }
        guard let start = try? CalendarDate(iso: report.manifest.start), let horizon = try? CalendarDate(iso: report.manifest.horizon),
            let own = outcome.by.flatMap({ try? CalendarDate(iso: $0) }) else {
            return unanswered("outcome", "\(holder.file) gives no readable start, horizon or date for '\(outcome.id)'")
        }
        let by = question.by ?? own
        scored.by = by.description
        let key = question.by == nil ? "outcome" : "by"
        guard by >= start else { return unanswered(key, "\(by) is before \(holder.file)'s start (\(start))") }
        guard by <= horizon else {
            return unanswered(key, "\(by) is after \(holder.file)'s horizon (\(horizon)): its runs stop there")
        }
        guard !outcome.values.isEmpty else { return unanswered("outcome", "\(holder.file) has no runs for '\(outcome.id)'") }
        let hits: Int
        if outcome.kind == .inForce {
            guard by == own else {
                return unanswered(key, "'\(outcome.id)' observes its order at the end of \(own) only; ask on that date or add an outcome for \(by)")
            }
            hits = outcome.values.count { $0 == 1 }
        } else if let atLeast = question.atLeast {
            guard by == own else {
                return unanswered(key, "'\(outcome.id)' counts events by \(own) only; ask by that date or add an outcome for \(by)")
            }
            guard outcome.values.allSatisfy({ $0 != nil }) else { return unanswered("outcome", "\(holder.file) has runs without a count") }
            hits = outcome.values.count { ($0 ?? 0) >= Double(atLeast) }
        } else {
            let end = SimulationCalendar(start: start).end(of: by)
            hits = outcome.values.count { $0.map { $0 < end } ?? false }
        }
        scored.probability = Double(hits) / Double(outcome.values.count)
        scored.runs = outcome.values.count
        return (scored, nil)
    }
}

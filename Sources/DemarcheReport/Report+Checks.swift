extension Report {
    /// Checks what `compare` and `score` compute from, in a report read from
    /// a file: outcome ids once each, one value per run, and every value in
    /// its kind's range — an event's day a finite number or null, a count a
    /// whole number ≥ 0, a share or attribute in 0…1 — with no NaN or ∞;
    /// an event's `byDay` finite, its probabilities in 0…1.
    func check(file: String) throws(ComparisonError) {
        guard manifest.runs >= 1 else { throw .inconsistent(file: file, item: "manifest", reason: "runs is \(manifest.runs)") }
        var seen = Set<String>()
        for outcome in outcomes {
            func refuse(_ reason: String) -> ComparisonError { .inconsistent(file: file, item: "outcome '\(outcome.id)'", reason: reason) }
            guard seen.insert(outcome.id).inserted else { throw refuse("occurs twice") }
            guard outcome.values.count == manifest.runs else {
                throw refuse("\(outcome.values.count) values for the \(manifest.runs) runs of the manifest")
            }
            if outcome.kind == .event {
                guard let by = outcome.byDay, by.isFinite else { throw refuse("an event outcome without a finite byDay") }
                let estimates = [outcome.probability].compactMap { $0 } + outcome.checkpoints.map(\.probability)
                for estimate in estimates where ![estimate.value, estimate.low, estimate.high].allSatisfy({ (0...1).contains($0) }) {
                    throw refuse("a probability outside 0…1 (\(estimate.value))")
                }
            }
            for (run, value) in outcome.values.enumerated() {
                if let reason = outcome.kind.problem(value) { throw refuse("run \(run): \(reason)") }
            }
        }
    }

}

extension OutcomeSummary.Kind {
    /// Why `value` cannot be one run's value of an outcome of this kind, or
    /// nil: null only for an event that did not happen, never NaN or ∞, a
    /// count whole and ≥ 0, in force 0 or 1, a share or attribute in 0…1.
    public func problem(_ value: Double?) -> String? {
        guard let value else { return self == .event ? nil : "no value (null)" }
        guard value.isFinite else { return "\(value) is not a finite number" }
        switch self {
        case .event: return nil
        case .count: return value >= 0 && value == value.rounded() ? nil : "\(value) is not a count (a whole number ≥ 0)"
        case .inForce: return value == 0 || value == 1 ? nil : "\(value) is neither 0 nor 1 (in force or not)"
        case .share, .attribute: return (0...1).contains(value) ? nil : "\(value) is outside 0…1"
        }
    }
}

import DemarcheModel

/// How precise a run's probabilities are.
public enum Convergence {
    /// The widest 95% Wilson half-width among event outcomes' headline
    /// probabilities, and the outcome it belongs to.
    public static func widest(_ values: [[Double]], _ model: Model) -> (halfWidth: Double, outcome: String?) {
        var widest: (Double, String?) = (0, nil)
        for (index, outcome) in model.outcomes.enumerated() {
            guard case .firstEvent(_, let by, _) = outcome.measure else { continue }
            let column = values[index]
            let estimate = ProportionInterval.wilson(successes: column.count { $0 < by }, trials: column.count)
            if estimate.halfWidth > widest.0 { widest = (estimate.halfWidth, outcome.id) }
        }
        return widest
    }

    public static func widestHalfWidth(_ values: [[Double]], _ model: Model) -> Double { widest(values, model).halfWidth }
}

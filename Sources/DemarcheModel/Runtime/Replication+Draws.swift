import DemarcheRandom

extension Replication {
    /// Refuses this replication's parameter draws that the model cannot use:
    /// a value outside its parameter's range (non-finite included), a shock's
    /// outcome probabilities summing past 1, a decision whose options all
    /// drew weight 0. The loader refuses fixed values like these; drawn ones
    /// can only be checked once drawn.
    func checkDraws() throws(ModelError) {
        let entries = model.parameters.entries
        for index in plan.drawnParameters {
            if let expected = entries[index].constraint.violation(values[index]) {
                throw .drawOutOfRange(path: entries[index].path, value: values[index], expected: expected)
            }
        }
        for shock in model.shocks {
            let total = shock.outcomes.reduce(0) { $0 + values[$1.probability.index] }
            if total > 1 + 1e-9 { throw .probabilitiesExceedOne(path: "shocks.\(shock.id).outcomes", total: total) }
        }
        for decision in model.decisions where decision.options.allSatisfy({ values[$0.weight.index] == 0 }) {
            throw .noOptionWeight(path: "decisions.\(decision.id).options")
        }
    }

    /// A waiting time drawn for `delay` from `stream`, starting at clock time
    /// `time`. A draw out of ``ParameterConstraint/waitingTime`` (a tail the
    /// loader's check leaves out) sets ``failure``, which stops the run after
    /// the current event, and waits forever meanwhile.
    mutating func drawWait(_ delay: Delay, _ stream: RandomStream, from time: Double) -> Double {
        let days = delay.sample(using: stream, from: time, on: model.calendar)
        guard let expected = ParameterConstraint.waitingTime.violation(days) else { return days }
        if failure == nil { failure = .drawOutOfRange(path: delay.path, value: days, expected: expected) }
        return .infinity
    }
}

import DemarcheRandom

extension Replication {
    /// Refuses this replication's parameter draws that the model cannot use:
    /// a value outside its parameter's range (non-finite included), a shock's
    /// outcome probabilities summing past 1, a decision whose options all
    /// drew weight 0. The loader refuses fixed values like these; drawn ones
    /// can only be checked once drawn.
    /// (It reads the plan's flat tables, not the model's constructs: it runs
    /// every replication.)
    @inline(__always)
    func checkDraws() throws(ModelError) {
        for position in plan.drawnParameters.indices {
            let index = Int(plan.drawnParameters[position])
            if let expected = plan.drawnConstraints[position].violation(values[index]) {
                throw .drawOutOfRange(path: model.parameters.entries[index].path, value: values[index], expected: expected)
            }
        }
        for shock in 0..<plan.shockProbabilities.rowCount {
            var total = 0.0
            for position in plan.shockProbabilities.range(shock) { total += values[plan.shockProbabilities.index(position)] }
            if total > 1 + 1e-9 { throw .probabilitiesExceedOne(path: "shocks.\(model.shocks[shock].id).outcomes", total: total) }
        }
        for decision in 0..<plan.options.rowCount
        where plan.options.range(decision).allSatisfy({ values[Int(plan.options[$0].weight)] == 0 }) {
            throw .noOptionWeight(path: "decisions.\(model.decisions[decision].id).options")
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

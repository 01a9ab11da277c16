extension Replication {
    /// Moves an order to `status` at `now`. Every change of status goes
    /// through here, so that an `in_force` outcome whose date has passed
    /// keeps the answer of its date: the status before the first change at
    /// or after its end-of-day instant. O(outcomes observing the order).
    mutating func setStatus(_ index: Int, _ status: OrderState.Status, at now: Double) {
        for outcome in plan.inForceOutcomesByOrder[index] where inForceObserved[outcome] == nil {
            guard case .inForce(_, let on) = model.outcomes[outcome].measure, on <= now else { continue }
            inForceObserved[outcome] = orders[index].status == .inForce
        }
        orders[index].status = status
    }
}

extension Replication {
    /// Moves an order to `status` at `now`. Every change of status goes
    /// through here, so that an `in_force` outcome whose date has passed
    /// keeps the answer of its date: the status before the first change at
    /// or after its end-of-day instant. O(outcomes observing the order).
    mutating func setStatus(_ index: Int, _ status: OrderState.Status, at now: Double) {
        for position in plan.inForceOutcomesByOrder.range(index) {
            let outcome = plan.inForceOutcomesByOrder.index(position)
            guard inForceObserved[outcome] == nil, case .inForce(_, let on) = plan.outcomeFacts[outcome], on <= now else { continue }
            inForceObserved[outcome] = orders[index].status == .inForce
        }
        orders[index].status = status
    }
}

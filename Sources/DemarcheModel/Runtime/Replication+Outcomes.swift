extension Replication {
    /// The value of every outcome at the end of the run, into `outcomes`.
    mutating func computeOutcomes() {
        for index in outcomes.indices { outcomes[index] = outcomeValue(index) }
    }

    @inline(__always)
    func outcomeValue(_ index: Int) -> Double {
        let events = plan.outcomeEvents.range(index)
        switch plan.outcomeFacts[index] {
        case .firstEvent:
            var first = Double.infinity
            for position in events { first = min(first, firstTime[plan.outcomeEvents.index(position)]) }
            return first
        case .count(let by):
            var count = 0
            for position in events where firstTime[plan.outcomeEvents.index(position)] < by { count += 1 }
            return Double(count)
        case .inForce(let order, _):
            return (inForceObserved[index] ?? (orders[Int(order)].status == .inForce)) ? 1 : 0
        case .share(let position):
            return shares[Int(position)]
        case .attribute(let position):
            return attributes[Int(position)]
        }
    }
}

extension Replication {
    /// The value of every outcome at the end of the run.
    func outcomeValues() -> [Double] {
        model.outcomes.enumerated().map { index, outcome in
            switch outcome.measure {
            case .firstEvent(let events, _, _):
                events.map { firstTime[$0.index] }.min() ?? .infinity
            case .count(let events, let by):
                Double(events.count { firstTime[$0.index] < by })
            case .inForce(let order, _):
                (inForceObserved[index] ?? (orders[order].status == .inForce)) ? 1 : 0
            case .share(let market, let vendor):
                shares[market][vendor]
            case .attribute(let actor, let attribute):
                attributes[actor][attribute.position]
            }
        }
    }
}

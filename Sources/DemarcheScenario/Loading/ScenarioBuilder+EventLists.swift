import DemarcheModel
import Yams

extension ScenarioBuilder {
    /// Reads the event lists put aside in `lateEventLists` (threats' `unless`,
    /// decisions' `requires`), which may name events of any section, now
    /// that every event is registered.
    func resolveLateEventLists(_ campaigns: inout [Campaign], _ decisions: inout [Decision]) {
        // Every list is read, so that each unknown name is reported even in a construct that failed.
        var resolved: [String: [EventID]] = [:]
        for (path, node) in lateEventLists { resolved[path] = eventNames(node, path) }
        func events(_ path: String) -> [EventID] { resolved[path] ?? [] }
        for (campaign, spec) in campaigns.enumerated() {
            for (position, instrument) in spec.instruments.enumerated() where instrument.followThrough != nil {
                let path = "campaigns.\(spec.id).instruments.\(position)"
                campaigns[campaign].instruments[position].followThrough?.carriedOut?.unless = events("\(path).carried_out.unless")
                campaigns[campaign].instruments[position].followThrough?.dropped?.unless = events("\(path).dropped.unless")
            }
        }
        for (index, decision) in decisions.enumerated() {
            decisions[index].prerequisites = events("decisions.\(decision.id).requires")
        }
    }
}

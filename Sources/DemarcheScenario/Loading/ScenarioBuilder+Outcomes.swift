import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readOutcomes(_ node: Node?) -> [Outcome] {
        guard let node else { return [] }
        let entries = reader.entries(node, "outcomes")
        if entries.isEmpty { reader.error(node, "outcomes", "a scenario needs at least one outcome") }
        return entries.compactMap { id, node, _ in
            let path = "outcomes.\(id)"
            guard let fields = reader.object(node, path, as: "outcome") else { return nil }
            let label = fields["label"].flatMap { reader.text($0, fields.path("label")) } ?? id
            let given = ["event", "count", "in_force", "share", "attribute"].filter { fields.values[$0] != nil }
            guard given.count == 1 else {
                reader.error(node, path, "an outcome needs exactly one of 'event', 'count', 'in_force', 'share' or 'attribute'"
                             + (given.isEmpty ? "" : ", found \(given.joined(separator: " and "))"))
                return nil
            }
            refuseMisplaced(fields, kind: given[0])
            let by = fields["by"].map { endOfDay($0, fields.path("by")) } ?? horizon
            let checkpoints = fields["checkpoints"].map { node in
                reader.list(node, fields.path("checkpoints")).enumerated().map { position, item in
                    endOfDay(item, "\(fields.path("checkpoints")).\(position)")
                }
            } ?? []
            for key in ["event", "count"] {
                if let node = fields.values[key], reader.list(node, fields.path(key)).isEmpty {
                    reader.error(node, fields.path(key), "an outcome needs at least one event in '\(key)'")
                }
            }
            let measure: Outcome.Measure?
            if let eventNode = fields["event"] {
                let ids = eventNames(eventNode, fields.path("event"))
                measure = ids.isEmpty || checkpoints.contains(nil) ? nil
                    : by.map { .firstEvent(events: ids, by: $0, checkpoints: checkpoints.compactMap { $0 }) }
            } else if let countNode = fields["count"] {
                let ids = eventNames(countNode, fields.path("count"))
                measure = ids.isEmpty ? nil : by.map { .count(events: ids, by: $0) }
            } else if let orderNode = fields["in_force"] {
                let order = reader.reference(orderNode, fields.path("in_force"), to: orderIDs, kind: "order")
                let on = fields["on"].map { endOfDay($0, fields.path("on")) } ?? horizon
                measure = order.flatMap { order in on.map { .inForce(order: order, on: $0) } }
            } else if let shareNode = fields["share"] {
                measure = readShare(shareNode, fields.path("share"))
            } else if let attributeNode = fields["attribute"] {
                measure = readAttribute(attributeNode, fields.path("attribute"))
            } else {
                measure = nil
            }
            guard let measure else { return nil }
            return Outcome(id: id, label: label, measure: measure)
        }
    }

    /// Refuses a date key the outcome's kind does not read, so that it never
    /// silently vanishes: `by` and `checkpoints` belong to events and counts
    /// (checkpoints to events only), `on` to `in_force`.
    private func refuseMisplaced(_ fields: Fields, kind: String) {
        let allowed: Set<String> = switch kind {
        case "event": ["by", "checkpoints"]
        case "count": ["by"]
        case "in_force": ["on"]
        default: []
        }
        for key in ["by", "checkpoints", "on"] where !allowed.contains(key) {
            guard let node = fields[key] else { continue }
            reader.error(node, fields.path(key), "'\(key)' does not apply to '\(kind)' outcomes"
                         + (allowed.isEmpty ? "" : " (it takes \(allowed.sorted().map { "'\($0)'" }.joined(separator: ", ")))"))
        }
    }

    private func readShare(_ node: Node, _ path: String) -> Outcome.Measure? {
        guard let fields = reader.object(node, path, as: "share_outcome") else { return nil }
        let market = fields["market"].flatMap { reader.reference($0, fields.path("market"), to: marketIDs, kind: "market") }
        guard let market, let vendorNode = fields["vendor"], let vendor = reader.text(vendorNode, fields.path("vendor")) else { return nil }
        guard let index = marketVendors[market].firstIndex(of: vendor) else {
            reader.error(vendorNode, fields.path("vendor"), "vendor '\(vendor)' has no share in market '\(marketNames[market])'"
                         + DidYouMean.hint(for: vendor, among: marketVendors[market]))
            return nil
        }
        return .share(market: market, vendor: index)
    }

    private func readAttribute(_ node: Node, _ path: String) -> Outcome.Measure? {
        guard let fields = reader.object(node, path, as: "attribute_outcome") else { return nil }
        let actor = fields["actor"].flatMap { reader.reference($0, fields.path("actor"), to: actorIDs, kind: "actor") }
        let name = fields["attribute"].flatMap { reader.choice($0, fields.path("attribute"), Actor.Attribute.allCases.map(\.rawValue)) }
        guard let actor, let name, let attribute = Actor.Attribute(rawValue: name) else { return nil }
        return .attribute(actor: actor, attribute: attribute)
    }
}

import DemarcheModel
import Yams

extension ScenarioBuilder {
    /// The effect keys of a consequence, trigger, countermeasure or
    /// escalation; nil if any of them is wrong.
    func readEffects(_ fields: Fields) -> [Effect]? {
        var effects: [Effect] = []
        var failed = false
        if let node = fields["revoke"] {
            let orders = reader.references(node, fields.path("revoke"), to: orderIDs, kind: "order")
            failed = failed || orders.count != reader.list(node, fields.path("revoke")).count
            effects.append(.revoke(orders: orders))
        }
        if let node = fields["comply"] {
            let orders = reader.references(node, fields.path("comply"), to: orderIDs, kind: "order")
            failed = failed || orders.count != reader.list(node, fields.path("comply")).count
            effects.append(.comply(orders: orders))
        }
        if let node = fields["activate"] {
            var activation = Activation()
            for (position, item) in reader.list(node, fields.path("activate")).enumerated() {
                let path = node.isSequence ? "\(fields.path("activate")).\(position)" : fields.path("activate")
                guard let id = reader.text(item, path) else { failed = true; continue }
                let named = [("an order", orderIDs[id]), ("a decision", decisionIDs[id]), ("a campaign", campaignIDs[id])]
                    .filter { $0.1 != nil }.map(\.0)
                if named.count > 1 {
                    failed = true
                    reader.error(item, path, "'\(id)' is \(named.joined(separator: " and ")), so 'activate' cannot tell which: rename one")
                } else if let order = orderIDs[id] { activation.orders.append(order) }
                else if let decision = decisionIDs[id] { activation.decisions.append(decision) }
                else if let campaign = campaignIDs[id] { activation.campaigns.append(campaign) }
                else {
                    failed = true
                    let known = Array(orderIDs.keys) + Array(decisionIDs.keys) + Array(campaignIDs.keys)
                    reader.error(item, path, "unknown order, decision or campaign '\(id)'" + DidYouMean.hint(for: id, among: known.sorted()))
                }
            }
            effects.append(.activate(activation))
        }
        if let node = fields["stop"] {
            let campaigns = reader.references(node, fields.path("stop"), to: campaignIDs, kind: "campaign")
            failed = failed || campaigns.count != reader.list(node, fields.path("stop")).count
            effects.append(.stop(campaigns: campaigns))
        }
        if let node = fields["pressure"] {
            if let effect = readPressure(node, fields.path("pressure")) { effects.append(effect) } else { failed = true }
        }
        if let node = fields["adjust"] {
            if let effect = readAdjust(node, fields.path("adjust")) { effects.append(effect) } else { failed = true }
        }
        return failed ? nil : effects
    }

    private func readPressure(_ node: Node, _ path: String) -> Effect? {
        guard let fields = reader.object(node, path, as: "pressure_effect") else { return nil }
        let actors = fields["on"].map { reader.references($0, fields.path("on"), to: actorIDs, kind: "actor") } ?? []
        if let on = fields.values["on"], reader.list(on, fields.path("on")).isEmpty {
            reader.error(on, fields.path("on"), "a pressure effect needs at least one actor in 'on'")
        }
        let magnitude = parameter(fields, "magnitude")
        let halfLife = parameter(fields, "half_life", default: 60)
        guard let magnitude, let halfLife, !actors.isEmpty else { return nil }
        return .pressure(actors: actors, magnitude: magnitude, halfLife: halfLife)
    }

    private func readAdjust(_ node: Node, _ path: String) -> Effect? {
        guard let fields = reader.object(node, path, as: "adjust_effect") else { return nil }
        let actor = fields["actor"].flatMap { reader.reference($0, fields.path("actor"), to: actorIDs, kind: "actor") }
        let attribute = fields["attribute"].flatMap { reader.choice($0, fields.path("attribute"), Actor.Attribute.allCases.map(\.rawValue)) }
        let by = parameter(fields, "by")
        guard let actor, let attribute, let kind = Actor.Attribute(rawValue: attribute), let by else { return nil }
        return .adjust(actor: actor, attribute: kind, by: by)
    }

    /// A shock outcome's consequence (the outcome's own event is recorded when it is drawn).
    func readConsequence(_ node: Node, _ path: String) -> Consequence? {
        guard let fields = reader.object(node, path, as: "consequence") else { return nil }
        let probability = parameter(fields, "probability", default: 1)
        let wait = delay(fields["after"], fields.path("after"), default: 0)
        let effects = readEffects(fields)
        guard let probability, let wait, let effects else { return nil }
        return Consequence(probability: probability, delay: wait, effects: effects, event: nil)
    }

    func readTriggers(_ node: Node?) -> [Trigger] {
        guard let node else { return [] }
        return reader.entries(node, "triggers").compactMap { id, node, keyNode in
            triggerKeys[id] = keyNode
            let path = "triggers.\(id)"
            guard let fields = reader.object(node, path, as: "trigger"),
                let event = events.id(named: "trigger.\(id)") else { return nil }
            let on = fields["on"].map { eventNames($0, fields.path("on")) }
            if let onNode = fields.values["on"], reader.list(onNode, fields.path("on")).isEmpty {
                reader.error(onNode, fields.path("on"), "a trigger needs at least one event in 'on'")
            }
            let conditionNodes = fields["if"].map { reader.list($0, fields.path("if")) } ?? []
            let conditions = conditionNodes.enumerated().compactMap { position, item in
                readCondition(item, "\(fields.path("if")).\(position)")
            }
            let probability = parameter(fields, "probability", default: 1)
            let wait = delay(fields["after"], fields.path("after"), default: 0)
            let maxFirings = fields["max_firings"].map { reader.integer($0, fields.path("max_firings"), in: fields.integerRange("max_firings")) } ?? 1
            let effects = readEffects(fields)
            guard let on, !on.isEmpty, conditions.count == conditionNodes.count, let probability, let wait,
                let maxFirings, let effects else { return nil }
            return Trigger(id: id, on: on, conditions: conditions,
                           consequence: Consequence(probability: probability, delay: wait, effects: effects, event: event),
                           maxFirings: maxFirings)
        }
    }

    /// Event names, each checked against the registry with a did-you-mean.
    func eventNames(_ node: Node, _ path: String) -> [EventID] {
        reader.list(node, path).enumerated().compactMap { position, item in
            let itemPath = node.isSequence ? "\(path).\(position)" : path
            guard let name = reader.text(item, itemPath) else { return nil }
            guard let id = events.id(named: name) else {
                reader.error(item, itemPath, "unknown event '\(name)'" + DidYouMean.hint(for: name, among: events.allNames))
                return nil
            }
            return id
        }
    }

    private func readCondition(_ node: Node, _ path: String) -> Condition? {
        guard let fields = reader.object(node, path, as: "condition") else { return nil }
        if let occurred = fields["occurred"] {
            let names = eventNames(occurred, fields.path("occurred"))
            let atLeast = fields["at_least"].map { reader.integer($0, fields.path("at_least"), in: fields.integerRange("at_least").clamped(to: 1...names.count.clamped)) } ?? 1
            guard let atLeast, names.count == reader.list(occurred, fields.path("occurred")).count else { return nil }
            return .occurred(events: names, atLeast: atLeast)
        }
        if let notOccurred = fields["not_occurred"] {
            let names = eventNames(notOccurred, fields.path("not_occurred"))
            guard names.count == reader.list(notOccurred, fields.path("not_occurred")).count else { return nil }
            return .notOccurred(events: names)
        }
        if fields["attribute"] != nil || fields["actor"] != nil {
            let actor = fields["actor"].flatMap { reader.reference($0, fields.path("actor"), to: actorIDs, kind: "actor") }
            let attribute = fields["attribute"].flatMap { reader.choice($0, fields.path("attribute"), Actor.Attribute.allCases.map(\.rawValue)) }
            let (above, below) = (fields["above"], fields["below"])
            guard (above == nil) != (below == nil) else {
                reader.error(node, path, "an attribute condition needs exactly one of 'above' or 'below'")
                return nil
            }
            let threshold = above.map { parameter($0, fields.path("above"), fields.constraint("above")) }
                ?? below.map { parameter($0, fields.path("below"), fields.constraint("below")) }
            guard let actor, let attribute, let kind = Actor.Attribute(rawValue: attribute), let threshold = threshold ?? nil
            else {
                if fields.values["actor"] == nil || fields.values["attribute"] == nil {
                    reader.error(node, path, "an attribute condition needs 'actor' and 'attribute'")
                }
                return nil
            }
            return .attribute(actor: actor, attribute: kind, above: above != nil, threshold: threshold)
        }
        reader.error(node, path, "a condition needs 'occurred', 'not_occurred' or 'actor' with 'attribute'")
        return nil
    }

    /// Refuses cycles of triggers that set each other off without delay:
    /// they would cascade at one instant.
    func checkInstantCycles(_ triggers: [Trigger]) {
        let instant = triggers.indices.filter { triggers[$0].consequence.delay.isInstant }
        let orderNames = Dictionary(uniqueKeysWithValues: orderIDs.map { ($1, $0) })
        /// Events a trigger's firing records at once: its own, revocations,
        /// and the issue of activated orders.
        func produced(_ trigger: Trigger) -> Set<Int> {
            var produced: Set<Int> = Set([trigger.consequence.event?.index].compactMap { $0 })
            for effect in trigger.consequence.effects {
                let names: [String] = switch effect {
                case .revoke(let orders): orders.compactMap { orderNames[$0].map { "order.\($0).revoked" } }
                case .comply(let orders): orders.compactMap { orderNames[$0].map { "order.\($0).complied" } }
                case .activate(let activation): activation.orders.compactMap { orderNames[$0].map { "order.\($0).issued" } }
                default: []
                }
                produced.formUnion(names.compactMap { events.id(named: $0)?.index })
            }
            return produced
        }
        var edges: [Int: [Int]] = [:]
        for from in instant {
            let events = produced(triggers[from])
            edges[from] = instant.filter { to in triggers[to].on.contains { events.contains($0.index) } }
        }
        var state: [Int: Int] = [:]  // 1: on the stack, 2: done
        var stack: [Int] = []
        func visit(_ node: Int) -> [Int]? {
            state[node] = 1
            stack.append(node)
            for next in edges[node] ?? [] {
                if state[next] == 1, let start = stack.firstIndex(of: next) { return Array(stack[start...]) + [next] }
                if state[next] == nil, let cycle = visit(next) { return cycle }
            }
            stack.removeLast()
            state[node] = 2
            return nil
        }
        for node in instant where state[node] == nil {
            if let cycle = visit(node) {
                let names = cycle.map { triggers[$0].id }.joined(separator: " → ")
                reader.error(triggerKeys[triggers[cycle[0]].id], "triggers.\(triggers[cycle[0]].id)",
                             "zero-delay trigger cycle \(names): give one of them an 'after' delay")
                return
            }
        }
    }
}

extension Int {
    /// At least 1, for ranges built from counts.
    fileprivate var clamped: Int { Swift.max(1, self) }
}

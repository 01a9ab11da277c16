import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readOrders(_ node: Node?) -> [Order] {
        guard let node else { return [] }
        return reader.entries(node, "orders").compactMap { id, node, _ in
            let path = "orders.\(id)"
            guard let fields = reader.object(node, path, as: "order") else { return nil }
            cite(fields)
            let issuer = fields["issuer"].flatMap { reader.reference($0, fields.path("issuer"), to: actorIDs, kind: "actor") }
            let target = fields["target"].flatMap { reader.reference($0, fields.path("target"), to: actorIDs, kind: "actor") }
            let issue = fields["issued"].flatMap { readIssue($0, fields.path("issued")) }
            let window = fields["deadline"].flatMap { readWindow($0, fields.path("deadline"), issue: issue) }
            let compliance = fields["compliance"].flatMap { delay($0, fields.path("compliance")) }
            let extensionRule = fields["extension"].flatMap { readExtension($0, fields.path("extension")) }
            let court = fields["court"].flatMap { readCourt($0, fields.path("court")) }
            let enforcement = fields["enforcement"].flatMap { readEnforcement($0, fields.path("enforcement")) }
            if fields.values["compliance"] == nil, fields.values["enforcement"] != nil {
                reader.error(fields.values["enforcement"], fields.path("enforcement"),
                             "enforcement follows a missed deadline, so it needs 'compliance'")
            }
            let orderEvents = Order.Status.allCases.map { status in
                events.register("order.\(id).\(status == .pending ? "issued" : status.rawValue)", subject: target)
            }
            guard let issuer, let target, let issue, let window,
                fields.values["compliance"] == nil || compliance != nil,
                fields.values["extension"] == nil || extensionRule != nil,
                fields.values["court"] == nil || court != nil,
                fields.values["enforcement"] == nil || enforcement != nil
            else { return nil }
            return Order(id: id, issuer: issuer, target: target, issue: issue, window: window, compliance: compliance,
                         extensionRule: extensionRule, court: court, enforcement: enforcement, events: orderEvents)
        }
    }

    private func readIssue(_ node: Node, _ path: String) -> Order.Issue? {
        if reader.text(node, path) == "on_activation" { return .onActivation }
        return clockTime(node, path).map(Order.Issue.at)
    }

    /// Days from issue to the deadline: a duration, or a date (for an order
    /// issued on a date).
    private func readWindow(_ node: Node, _ path: String, issue: Order.Issue?) -> Double? {
        guard let text = reader.text(node, path) else { return nil }
        if text.first?.isNumber == true, text.contains("-"), text.count == 10 {
            guard case .at(let issued)? = issue else {
                reader.error(node, path, "a deadline date needs an issue date; use a duration for orders issued on activation")
                return nil
            }
            guard let deadline = clockTime(node, path) else { return nil }
            guard deadline >= issued else {
                reader.error(node, path, "the deadline comes before the issue date")
                return nil
            }
            return deadline - issued
        }
        guard let duration = reader.duration(node, path) else { return nil }
        let from = if case .at(let issued)? = issue { calendar.date(at: issued) } else { calendar.start }
        return duration.days(from: from)
    }

    private func readExtension(_ node: Node, _ path: String) -> Order.Extension? {
        guard let fields = reader.object(node, path, as: "extension") else { return nil }
        let probability = parameter(fields["probability"], fields.path("probability"), .unitInterval)
        let length = fields["length"].flatMap { delay($0, fields.path("length")) }
        let max = fields["max"].map { reader.integer($0, fields.path("max"), in: 0...100) } ?? 1
        guard let probability, let length, let max else { return nil }
        return Order.Extension(probability: probability, length: length, maxExtensions: max)
    }

    private func readCourt(_ node: Node, _ path: String) -> Order.Court? {
        guard let fields = reader.object(node, path, as: "court") else { return nil }
        let probability = parameter(fields["probability"], fields.path("probability"), .unitInterval)
        let filed = fields["filed_after"].flatMap { delay($0, fields.path("filed_after")) }
        let ruling = fields["ruling_after"].flatMap { delay($0, fields.path("ruling_after")) }
        let enjoin = parameter(fields["enjoin_probability"], fields.path("enjoin_probability"), .unitInterval)
        guard let probability, let filed, let ruling, let enjoin else { return nil }
        return Order.Court(probability: probability, filedAfter: filed, rulingAfter: ruling, enjoinProbability: enjoin)
    }

    private func readEnforcement(_ node: Node, _ path: String) -> Order.Enforcement? {
        guard let fields = reader.object(node, path, as: "enforcement") else { return nil }
        let probability = parameter(fields["probability"], fields.path("probability"), .unitInterval)
        let wait = delay(fields["delay"], fields.path("delay"), default: 0)
        guard let probability, let wait else { return nil }
        return Order.Enforcement(probability: probability, delay: wait)
    }

    func readShocks(_ node: Node?) -> [Shock] {
        guard let node else { return [] }
        return reader.entries(node, "shocks").compactMap { id, node, _ in
            let path = "shocks.\(id)"
            guard let fields = reader.object(node, path, as: "shock") else { return nil }
            cite(fields)
            let time = clockTime(fields["at"], fields.path("at"))
            guard let outcomesNode = fields["outcomes"] else { return nil }
            let entries = reader.entries(outcomesNode, fields.path("outcomes"))
            let outcomes: [Shock.Outcome] = entries.compactMap { name, node, _ in
                let outcomePath = "\(fields.path("outcomes")).\(name)"
                guard let outcomeFields = reader.object(node, outcomePath, as: "shock_outcome"),
                    let event = events.id(named: "shock.\(id).\(name)") else { return nil }
                let probability = parameter(outcomeFields["probability"], outcomeFields.path("probability"), .unitInterval)
                let items = outcomeFields["then"].map { reader.list($0, outcomeFields.path("then")) } ?? []
                let consequences = items.enumerated().compactMap { position, item in
                    readConsequence(item, "\(outcomeFields.path("then")).\(position)")
                }
                guard let probability, consequences.count == items.count else { return nil }
                return Shock.Outcome(name: name, probability: probability, event: event, consequences: consequences)
            }
            let fixedTotal = outcomes.compactMap { parameters.entries[$0.probability.index].distribution.fixedValue }
            if fixedTotal.count == outcomes.count, !outcomes.isEmpty, abs(fixedTotal.reduce(0, +) - 1) > 1e-9 {
                reader.error(outcomesNode, fields.path("outcomes"),
                             "outcome probabilities must sum to 1, found \(fixedTotal.reduce(0, +))")
            }
            guard let time, !outcomes.isEmpty, outcomes.count == entries.count else { return nil }
            return Shock(id: id, time: time, outcomes: outcomes)
        }
    }

    func readEscalations(_ node: Node?) -> [Escalation] {
        guard let node else { return [] }
        return reader.entries(node, "escalations").compactMap { id, node, _ in
            let path = "escalations.\(id)"
            guard let fields = reader.object(node, path, as: "escalation"),
                let event = events.id(named: "escalation.\(id)") else { return nil }
            cite(fields)
            let probability = parameter(fields["probability"], fields.path("probability"), .unitInterval)
            let wait = fields["after"].flatMap { delay($0, fields.path("after")) }
            let effects = readEffects(fields)
            guard let probability, let wait, let effects else { return nil }
            return Escalation(id: id, probability: probability, delay: wait, event: event, effects: effects)
        }
    }
}

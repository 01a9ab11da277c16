import DemarcheKernel
import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readOrders(_ node: Node?) -> [Order] {
        guard let node else { return [] }
        return reader.entries(node, "orders").compactMap { id, node, _ in
            let path = "orders.\(id)"
            guard let fields = reader.object(node, path, as: "order") else { return nil }
            cite(fields)
            let kind = readKind(fields)
            let issuer = fields["issuer"].flatMap { reader.reference($0, fields.path("issuer"), to: actorIDs, kind: "actor") }
            let target = fields["target"].flatMap { reader.reference($0, fields.path("target"), to: actorIDs, kind: "actor") }
            let issue = fields["issued"].flatMap { readIssue($0, fields.path("issued")) }
            let deadline = kind.flatMap { readDeadline(fields, kind: $0, issue: issue) }
            let compliance = fields["compliance"].flatMap { delay($0, fields.path("compliance")) }
            let extensionRule = fields["extension"].flatMap { readExtension($0, fields.path("extension")) }
            let postponement = fields["postponement"].flatMap { readPostponement($0, fields.path("postponement")) }
            let court = fields["court"].flatMap { readCourt($0, fields.path("court")) }
            let enforcement = fields["enforcement"].flatMap { readEnforcement($0, fields.path("enforcement")) }
            if fields.values["compliance"] == nil, fields.values["enforcement"] != nil, kind?.refuses("enforcement") == false,
                kind?.awaitsCompliance == false {
                reader.error(fields.values["enforcement"], fields.path("enforcement"),
                             "enforcement follows a missed deadline, so it needs 'compliance' (or kind divestiture)")
            }
            let orderEvents = registerEvents(of: id, kind: kind, subject: target)
            guard let kind, let issuer, let target, let issue, let deadline,
                fields.values["compliance"] == nil || compliance != nil,
                fields.values["extension"] == nil || extensionRule != nil,
                fields.values["postponement"] == nil || postponement != nil,
                fields.values["court"] == nil || court != nil,
                fields.values["enforcement"] == nil || enforcement != nil
            else { return nil }
            return Order(id: id, kind: kind, issuer: issuer, target: target, issue: issue, deadline: deadline,
                         compliance: compliance, extensionRule: extensionRule, postponement: postponement, court: court,
                         enforcement: enforcement, events: orderEvents)
        }
    }

    /// The order's kind (default: a transaction ban), and the keys the kind
    /// requires or refuses.
    private func readKind(_ fields: Fields) -> Order.Kind? {
        let kind: Order.Kind?
        if let node = fields["kind"] {
            kind = reader.choice(node, fields.path("kind"), Order.Kind.allCases.map(\.rawValue)).flatMap(Order.Kind.init)
        } else {
            kind = .transactionBan
        }
        guard let kind else { return nil }
        for (key, reason) in kind.refusedKeys {
            if let node = fields.values[key] { reader.error(node, fields.path(key), "kind \(kind.rawValue) \(reason); remove '\(key)'") }
        }
        for (key, reason) in kind.requiredKeys where fields.values[key] == nil {
            reader.error(fields.node, fields.path, "kind \(kind.rawValue) needs '\(key)': \(reason)")
        }
        return kind
    }

    /// Registers `order.<id>.<event>` for every event: under the kind's own
    /// name where it has one, the generic name then being an alias.
    private func registerEvents(of id: String, kind: Order.Kind?, subject: Int?) -> [EventID] {
        Order.Event.allCases.map { event in
            let generic = "order.\(id).\(event.rawValue)"
            guard let own = kind?.name(of: event) else { return events.register(generic, subject: subject) }
            let named = events.register("order.\(id).\(own)", subject: subject)
            events.alias(generic, of: named)
            return named
        }
    }

    private func readIssue(_ node: Node, _ path: String) -> Order.Issue? {
        if reader.text(node, path) == "on_activation" { return .onActivation }
        return clockTime(node, path).map(Order.Issue.at)
    }

    /// When the deadline falls: the regulator's proceeding of a licence
    /// revocation, or days from issue.
    private func readDeadline(_ fields: Fields, kind: Order.Kind, issue: Order.Issue?) -> Order.Deadline? {
        if kind == .licenceRevocation {
            return fields["proceeding"].flatMap { readProceeding($0, fields.path("proceeding")) }.map(Order.Deadline.proceeding)
        }
        return fields["deadline"].flatMap { readWindow($0, fields.path("deadline"), issue: issue) }.map(Order.Deadline.window)
    }

    /// From issue to the deadline: a duration (calendar months count from the
    /// issue, or from activation), or a date (for an order issued on a date).
    private func readWindow(_ node: Node, _ path: String, issue: Order.Issue?) -> CalendarDuration? {
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
            return .days(deadline - issued)
        }
        return reader.duration(node, path)
    }

    func readShocks(_ node: Node?) -> [Shock] {
        guard let node else { return [] }
        return reader.entries(node, "shocks").compactMap { id, node, _ in
            let path = "shocks.\(id)"
            guard let fields = reader.object(node, path, as: "shock") else { return nil }
            cite(fields)
            var time = clockTime(fields["at"], fields.path("at"))
            if let at = time, at < 0 {
                reader.error(fields.values["at"], fields.path("at"), "a shock is dated on or after the start (\(calendar.start)): "
                             + "one before it has happened, and what followed belongs in the scenario's facts")
                time = nil
            }
            guard let outcomesNode = fields["outcomes"] else { return nil }
            let entries = reader.entries(outcomesNode, fields.path("outcomes"))
            let outcomes: [Shock.Outcome] = entries.compactMap { name, node, _ in
                let outcomePath = "\(fields.path("outcomes")).\(name)"
                guard let outcomeFields = reader.object(node, outcomePath, as: "shock_outcome"),
                    let event = events.id(named: "shock.\(id).\(name)") else { return nil }
                let probability = parameter(outcomeFields, "probability")
                let items = outcomeFields["then"].map { reader.list($0, outcomeFields.path("then")) } ?? []
                let consequences = items.enumerated().compactMap { position, item in
                    readConsequence(item, "\(outcomeFields.path("then")).\(position)")
                }
                guard let probability, consequences.count == items.count else { return nil }
                return Shock.Outcome(name: name, probability: probability, event: event, consequences: consequences)
            }
            if entries.isEmpty { reader.error(outcomesNode, fields.path("outcomes"), "a shock needs at least one outcome") }
            // The sum is checked only over outcomes that all read: a bad one is reported itself.
            guard let time, !outcomes.isEmpty, outcomes.count == entries.count else { return nil }
            let shock = Shock(id: id, time: time, outcomes: outcomes)
            if let problem = shock.probabilityProblem(in: parameters) {
                reader.error(outcomesNode, fields.path("outcomes"), problem)
            }
            return shock
        }
    }

    func readEscalations(_ node: Node?) -> [Escalation] {
        guard let node else { return [] }
        return reader.entries(node, "escalations").compactMap { id, node, _ in
            let path = "escalations.\(id)"
            guard let fields = reader.object(node, path, as: "escalation"),
                let event = events.id(named: "escalation.\(id)") else { return nil }
            cite(fields)
            let probability = parameter(fields, "probability")
            let wait = fields["after"].flatMap { delay($0, fields.path("after")) }
            let effects = readEffects(fields)
            guard let probability, let wait, let effects else { return nil }
            return Escalation(id: id, probability: probability, delay: wait, event: event, effects: effects)
        }
    }
}

import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readCountermeasures(_ node: Node?) -> [Countermeasure] {
        guard let node else { return [] }
        return reader.entries(node, "countermeasures").compactMap { id, node, _ in
            let path = "countermeasures.\(id)"
            guard let fields = reader.object(node, path, as: "countermeasure"),
                let formalEvent = events.id(named: "countermeasure.\(id).formal"),
                let rhetoricEvent = events.id(named: "countermeasure.\(id).rhetoric") else { return nil }
            cite(fields)
            let by = fields["by"].flatMap { reader.reference($0, fields.path("by"), to: actorIDs, kind: "actor") }
            let decisions = fields["decisions"].map {
                reader.references($0, fields.path("decisions"), to: decisionIDs, kind: "decision")
            } ?? []
            let formal = readFormal(fields, event: formalEvent)
            let rhetoricNode = fields["rhetoric"]
            let rhetoric = rhetoricNode.flatMap { readReaction($0, fields.path("rhetoric"), event: rhetoricEvent) }
            let severity = parameter(fields, "severity", default: 1)
            let effects = readEffects(fields)
            guard let by, let formal, rhetoricNode == nil || rhetoric != nil, let severity, let effects else { return nil }
            return Countermeasure(id: id, by: by, decisions: decisions, formal: formal, rhetoric: rhetoric, severity: severity,
                                  effects: effects)
        }
    }

    /// The formal measure: `formal: { probability, after }`, or in the older
    /// spelling the countermeasure's own `probability` and `after`, which
    /// meant the same measure. A countermeasure with only `rhetoric` takes
    /// no formal measure (probability 0).
    private func readFormal(_ fields: Fields, event: EventID) -> Countermeasure.Reaction? {
        let (probability, after, formal, rhetoric) = (fields["probability"], fields["after"], fields["formal"], fields["rhetoric"])
        if let formal {
            for (key, node) in [("probability", probability), ("after", after)] {
                guard let node else { continue }
                reader.error(node, fields.path(key), "'\(key)' is the older spelling of 'formal.\(key)'; give one or the other, not both")
            }
            return readReaction(formal, fields.path("formal"), event: event)
        }
        guard probability != nil || rhetoric != nil else {
            reader.error(fields.node, fields.path,
                         "a countermeasure needs 'formal' or 'rhetoric' (or 'probability', the older spelling of formal.probability)")
            return nil
        }
        let path = fields.path(probability != nil ? "probability" : "formal.probability")
        let chance = parameter(probability, path, fields.constraint("probability"), default: 0)
        let wait = delay(after, fields.path("after"), default: 0)
        guard let chance, let wait else { return nil }
        return Countermeasure.Reaction(probability: chance, delay: wait, event: event)
    }

    private func readReaction(_ node: Node, _ path: String, event: EventID) -> Countermeasure.Reaction? {
        guard let fields = reader.object(node, path, as: "countermeasure_reaction") else { return nil }
        let probability = parameter(fields, "probability")
        let wait = delay(fields["after"], fields.path("after"), default: 0)
        guard let probability, let wait else { return nil }
        return Countermeasure.Reaction(probability: probability, delay: wait, event: event)
    }
}

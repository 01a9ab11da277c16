import DemarcheModel
import Yams

/// The steps of an order: extensions and postponements of its deadline, a
/// regulator's proceeding, a court challenge and its appeal, enforcement.
extension ScenarioBuilder {
    func readExtension(_ node: Node, _ path: String) -> Order.Extension? {
        guard let fields = reader.object(node, path, as: "extension"), let rule = readRepeatedMove(fields) else { return nil }
        return Order.Extension(probability: rule.probability, length: rule.length, maxExtensions: rule.max)
    }

    func readPostponement(_ node: Node, _ path: String) -> Order.Postponement? {
        guard let fields = reader.object(node, path, as: "postponement") else { return nil }
        let rule = readRepeatedMove(fields)
        let notice = delay(fields["notice"], fields.path("notice"), default: 0)
        guard let rule, let notice else { return nil }
        return Order.Postponement(probability: rule.probability, length: rule.length, maxPostponements: rule.max, notice: notice)
    }

    /// What extensions and postponements share: a probability, a length
    /// and how many times at most (default 1).
    private func readRepeatedMove(_ fields: Fields) -> (probability: ParameterID, length: Delay, max: Int)? {
        let probability = parameter(fields, "probability")
        let length = fields["length"].flatMap { delay($0, fields.path("length")) }
        let max = fields["max"].map { reader.integer($0, fields.path("max"), in: fields.integerRange("max")) } ?? 1
        guard let probability, let length, let max else { return nil }
        return (probability, length, max)
    }

    func readProceeding(_ node: Node, _ path: String) -> Order.Proceeding? {
        guard let fields = reader.object(node, path, as: "proceeding") else { return nil }
        let decision = fields["decision_after"].flatMap { delay($0, fields.path("decision_after")) }
        let probability = parameter(fields, "probability")
        guard let decision, let probability else { return nil }
        return Order.Proceeding(decisionAfter: decision, probability: probability)
    }

    func readCourt(_ node: Node, _ path: String) -> Order.Court? {
        guard let fields = reader.object(node, path, as: "court") else { return nil }
        let probability = parameter(fields, "probability")
        let filed = fields["filed_after"].flatMap { delay($0, fields.path("filed_after")) }
        let from: Order.Court.Clock? = if let node = fields["from"] {
            reader.choice(node, fields.path("from"), Order.Court.Clock.allCases.map(\.rawValue)).flatMap(Order.Court.Clock.init)
        } else {
            .issue
        }
        let ruling = fields["ruling_after"].flatMap { delay($0, fields.path("ruling_after")) }
        let enjoin = parameter(fields, "enjoin_probability")
        let appeal = fields["appeal"].flatMap { readAppeal($0, fields.path("appeal")) }
        guard let probability, let filed, let from, let ruling, let enjoin, fields.values["appeal"] == nil || appeal != nil
        else { return nil }
        return Order.Court(probability: probability, filedAfter: filed, from: from, rulingAfter: ruling,
                           enjoinProbability: enjoin, appeal: appeal)
    }

    private func readAppeal(_ node: Node, _ path: String) -> Order.Appeal? {
        guard let fields = reader.object(node, path, as: "appeal") else { return nil }
        let probability = parameter(fields, "probability", default: 1)
        let after = fields["after"].flatMap { delay($0, fields.path("after")) }
        let reinstate = parameter(fields, "reinstate_probability")
        guard let probability, let after, let reinstate else { return nil }
        return Order.Appeal(probability: probability, after: after, reinstateProbability: reinstate)
    }

    func readEnforcement(_ node: Node, _ path: String) -> Order.Enforcement? {
        guard let fields = reader.object(node, path, as: "enforcement") else { return nil }
        let probability = parameter(fields, "probability")
        let wait = delay(fields["delay"], fields.path("delay"), default: 0)
        guard let probability, let wait else { return nil }
        return Order.Enforcement(probability: probability, delay: wait)
    }
}

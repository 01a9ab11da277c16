import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readDecisions(_ node: Node?) -> [Decision] {
        guard let node else { return [] }
        var openers: [Int: String] = [:]
        var dormant: [Int: Bool] = [:]
        let entries = reader.entries(node, "decisions")
        let decisions = entries.compactMap { id, node, _ -> Decision? in
            let path = "decisions.\(id)"
            guard let fields = reader.object(node, path, as: "decision") else { return nil }
            let actor = fields["actor"].flatMap { reader.reference($0, fields.path("actor"), to: actorIDs, kind: "actor") }
            let baseline = readBaseline(fields, of: "a decision")
            let cost = parameter(fields, "cost", default: 0)
            let coefficientFields = fields["coefficients"].flatMap { reader.object($0, fields.path("coefficients"), as: "coefficients") }
            let coefficients = Decision.Covariate.allCases.compactMap { covariate in
                parameter(coefficientFields?[covariate.rawValue], "\(fields.path("coefficients")).\(covariate.rawValue)",
                          ScenarioFormat.constraint(of: "coefficients", covariate.rawValue), default: 0)
            }
            let peers = fields["peers"].map { reader.references($0, fields.path("peers"), to: decisionIDs, kind: "decision") } ?? []
            let active = fields["active"].flatMap { reader.boolean($0, fields.path("active")) } ?? true
            if let index = decisionIDs[id] { dormant[index] = !active }
            if let requires = fields["requires"] { lateEventLists[fields.path("requires")] = requires }
            guard let optionsNode = fields["options"] else { return nil }
            let optionEntries = reader.entries(optionsNode, fields.path("options"))
            let options = optionEntries.compactMap { name, node, _ in
                readOption(node, "\(fields.path("options")).\(name)", decision: id, name: name, actor: actor, openers: &openers)
            }
            if optionEntries.isEmpty { reader.error(optionsNode, fields.path("options"), "a decision needs at least one option") }
            if !options.isEmpty, options.count == optionEntries.count, !Self.canChoose(options, parameters) {
                reader.error(optionsNode, fields.path("options"), Self.noWeight)
            }
            let prior = fields["decided"].flatMap { readPrior($0, fields.path("decided"), options: optionEntries.map(\.id)) }
            let sinceNode = fields["since"]
            let since = sinceNode.flatMap { clockTime($0, fields.path("since")) }
            let ends = fields["ends"].map { readEnds($0, fields.path("ends"), decision: id, actor: actor, options: optionEntries.map(\.id)) }
            guard let actor, let baseline, let cost, coefficients.count == Decision.Covariate.allCases.count,
                !options.isEmpty, options.count == optionEntries.count, sinceNode == nil || since != nil, let ends = ends ?? []
            else { return nil }
            return Decision(id: id, actor: actor, baseline: baseline, since: since, cost: cost, coefficients: coefficients,
                            peers: peers, options: options, prior: prior, activeAtStart: active, ends: ends)
        }
        for (id, _, keyNode) in entries {
            if let index = decisionIDs[id], let opener = openers[index], dormant[index] == false {
                reader.error(keyNode, "decisions.\(id)", "\(opener) opens this decision, so it must wait to be opened: write 'active: false'")
            }
        }
        return decisions
    }

    /// An option; `openers` collects, for each decision an option opens, the path of one such option.
    private func readOption(
        _ node: Node, _ path: String, decision: String, name: String, actor: Int?, openers: inout [Int: String]
    ) -> Decision.Option? {
        let event = events.register("decision.\(decision).\(name)", subject: actor)
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" {
            return parameter(nil, "\(path).weight", ScenarioFormat.constraint(of: "option", "weight"), default: 1).map {
                Decision.Option(name: name, weight: $0, complies: false, exclusion: nil, event: event)
            }
        }
        guard let fields = reader.object(node, path, as: "option") else { return nil }
        let weight = parameter(fields, "weight", default: 1)
        let exclusionNode = fields["exclusion"]
        let exclusion = exclusionNode.flatMap { readExclusion($0, fields.path("exclusion")) }
        let complies = fields["complies"].flatMap { reader.boolean($0, fields.path("complies")) } ?? (exclusionNode != nil)
        let opensNode = fields["opens"]
        let opens = opensNode.map { reader.references($0, fields.path("opens"), to: decisionIDs, kind: "decision") } ?? []
        for opened in opens where opened != decisionIDs[decision] { openers[opened] = fields.path("opens") }
        if let opensNode, opens.contains(where: { decisionIDs[decision] == $0 }) {
            reader.error(opensNode, fields.path("opens"), "an option cannot open its own decision '\(decision)'")
        }
        guard let weight, exclusionNode == nil || exclusion != nil,
            opensNode.map({ opens.count == reader.list($0, fields.path("opens")).count }) ?? true
        else { return nil }
        return Decision.Option(name: name, weight: weight, complies: complies, exclusion: exclusion, event: event, opens: opens)
    }

    private func readExclusion(_ node: Node, _ path: String) -> Exclusion? {
        guard let fields = reader.object(node, path, as: "exclusion") else { return nil }
        let market = fields["market"].flatMap { reader.reference($0, fields.path("market"), to: marketIDs, kind: "market") }
        let vendorName = fields["vendor"].flatMap { reader.text($0, fields.path("vendor")) }
        let kindName = fields["kind"].flatMap { reader.choice($0, fields.path("kind"), ["full", "core_only", "cap"]) }
        let phaseOut = delay(fields["phase_out"], fields.path("phase_out"), default: 0)
        var vendor: Int?
        if let market, let vendorName, let vendorNode = fields.values["vendor"] {
            let vendors = marketVendors[market]
            vendor = vendors.firstIndex(of: vendorName)
            if vendor == nil {
                reader.error(vendorNode, fields.path("vendor"), "vendor '\(vendorName)' has no share in market '\(marketNames[market])'"
                             + DidYouMean.hint(for: vendorName, among: vendors))
            }
        }
        let kind: Exclusion.Kind?
        switch kindName {
        case "full": kind = .full
        case "core_only":
            kind = parameter(fields, "core_fraction", default: 0.3).map(Exclusion.Kind.coreOnly)
        case "cap":
            if fields["cap"] == nil { reader.error(node, path, "a cap exclusion needs 'cap'") }
            kind = parameter(fields, "cap").map(Exclusion.Kind.cap)
        default: kind = nil
        }
        guard let market, let vendor, let kind, let phaseOut else { return nil }
        return Exclusion(market: market, vendor: vendor, kind: kind, phaseOut: phaseOut)
    }

    /// Whether some option can draw a positive weight (else every draw
    /// would have to pick one among options of weight 0).
    static func canChoose(_ options: [Decision.Option], _ table: ParameterTable) -> Bool {
        options.contains { table.entries[$0.weight.index].distribution.support.upperBound > 0 }
    }

    static let noWeight = "every option has weight 0, so none can be chosen: give one a positive weight"

    /// A decision taken before the scenario starts: dated on or before the
    /// start (a later one is the model's to draw, and recorded at the start
    /// its consequences would fire too early).
    private func readPrior(_ node: Node, _ path: String, options: [String]) -> Decision.Prior? {
        guard let fields = reader.object(node, path, as: "prior") else { return nil }
        cite(fields)
        let option = fields["option"].flatMap { reader.choice($0, fields.path("option"), options) }
        guard let option, let index = options.firstIndex(of: option), let onNode = fields["on"],
            let date = reader.date(onNode, fields.path("on")), let time = time(of: date, onNode, fields.path("on"))
        else { return nil }
        guard time <= 0 else {
            reader.error(onNode, fields.path("on"), "a decision taken before the start is dated on or before it (\(calendar.start)); "
                         + "one taken later is the model's to draw: leave out 'decided'")
            return nil
        }
        return Decision.Prior(option: index, time: time)
    }
}

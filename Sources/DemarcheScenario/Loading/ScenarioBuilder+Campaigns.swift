import DemarcheModel
import Yams

extension ScenarioBuilder {
    func readCampaigns(_ node: Node?) -> [Campaign] {
        guard let node else { return [] }
        return reader.entries(node, "campaigns").compactMap { id, node, _ in
            let path = "campaigns.\(id)"
            guard let fields = reader.object(node, path, as: "campaign") else { return nil }
            let sender = fields["sender"].flatMap { reader.reference($0, fields.path("sender"), to: actorIDs, kind: "actor") }
            let vendor = fields["vendor"].flatMap { reader.text($0, fields.path("vendor")) }
            let targets = fields["targets"].map { reader.references($0, fields.path("targets"), to: actorIDs, kind: "actor") } ?? []
            let halfLife = parameter(fields["half_life"], fields.path("half_life"), .positive, days: true, default: 60)
            let active = fields["active"].flatMap { reader.boolean($0, fields.path("active")) } ?? true
            let items = fields["instruments"].map { reader.list($0, fields.path("instruments")) } ?? []
            let instruments = items.enumerated().compactMap { position, item in
                readInstrument(item, "\(fields.path("instruments")).\(position)", campaign: id, defaultTargets: targets)
            }
            guard let sender, let vendor, let halfLife, instruments.count == items.count else { return nil }
            return Campaign(id: id, sender: sender, vendor: vendor, targets: targets, halfLife: halfLife,
                            instruments: instruments, activeAtStart: active)
        }
    }

    private func readInstrument(_ node: Node, _ path: String, campaign: String, defaultTargets: [Int]) -> Instrument? {
        guard let fields = reader.object(node, path, as: "instrument") else { return nil }
        let kindName = fields["kind"].flatMap { reader.choice($0, fields.path("kind"), Instrument.Kind.allCases.map(\.rawValue)) }
        let targets = fields["targets"].map { reader.references($0, fields.path("targets"), to: actorIDs, kind: "actor") } ?? defaultTargets
        let magnitude = parameter(fields["magnitude"], fields.path("magnitude"), .nonNegative, default: 1)
        let timing: Instrument.Timing?
        switch (fields["at"], fields["every"]) {
        case (let at?, nil): timing = clockTime(at, fields.path("at")).map(Instrument.Timing.at)
        case (nil, let every?): timing = parameter(every, fields.path("every"), .positive, days: true).map(Instrument.Timing.every)
        default:
            reader.error(node, path, "an instrument needs exactly one of 'at' (a date) or 'every' (a mean interval)")
            timing = nil
        }
        guard let kindName, let kind = Instrument.Kind(rawValue: kindName), let magnitude, let timing else { return nil }
        let event = events.register("campaign.\(campaign).\(kind.rawValue)", subject: nil)
        return Instrument(kind: kind, targets: targets, timing: timing, magnitude: magnitude, event: event)
    }

    func readDecisions(_ node: Node?) -> [Decision] {
        guard let node else { return [] }
        return reader.entries(node, "decisions").compactMap { id, node, _ in
            let path = "decisions.\(id)"
            guard let fields = reader.object(node, path, as: "decision") else { return nil }
            let actor = fields["actor"].flatMap { reader.reference($0, fields.path("actor"), to: actorIDs, kind: "actor") }
            let baseline = readBaseline(fields, of: "a decision")
            let cost = parameter(fields["cost"], fields.path("cost"), .real, default: 0)
            let coefficientFields = fields["coefficients"].flatMap { reader.object($0, fields.path("coefficients"), as: "coefficients") }
            let coefficients = Decision.Covariate.allCases.compactMap { covariate in
                parameter(coefficientFields?[covariate.rawValue], "\(fields.path("coefficients")).\(covariate.rawValue)", .real, default: 0)
            }
            let peers = fields["peers"].map { reader.references($0, fields.path("peers"), to: decisionIDs, kind: "decision") } ?? []
            let active = fields["active"].flatMap { reader.boolean($0, fields.path("active")) } ?? true
            guard let optionsNode = fields["options"] else { return nil }
            let optionEntries = reader.entries(optionsNode, fields.path("options"))
            let options = optionEntries.compactMap { name, node, _ in
                readOption(node, "\(fields.path("options")).\(name)", decision: id, name: name, actor: actor)
            }
            if optionEntries.isEmpty { reader.error(optionsNode, fields.path("options"), "a decision needs at least one option") }
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
    }

    private func readOption(_ node: Node, _ path: String, decision: String, name: String, actor: Int?) -> Decision.Option? {
        let event = events.register("decision.\(decision).\(name)", subject: actor)
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" {
            return parameter(nil, "\(path).weight", .nonNegative, default: 1).map {
                Decision.Option(name: name, weight: $0, complies: false, exclusion: nil, event: event)
            }
        }
        guard let fields = reader.object(node, path, as: "option") else { return nil }
        let weight = parameter(fields["weight"], fields.path("weight"), .nonNegative, default: 1)
        let exclusionNode = fields["exclusion"]
        let exclusion = exclusionNode.flatMap { readExclusion($0, fields.path("exclusion")) }
        let complies = fields["complies"].flatMap { reader.boolean($0, fields.path("complies")) } ?? (exclusionNode != nil)
        guard let weight, exclusionNode == nil || exclusion != nil else { return nil }
        return Decision.Option(name: name, weight: weight, complies: complies, exclusion: exclusion, event: event)
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
            kind = parameter(fields["core_fraction"], fields.path("core_fraction"), .unitInterval, default: 0.3).map(Exclusion.Kind.coreOnly)
        case "cap":
            if fields["cap"] == nil { reader.error(node, path, "a cap exclusion needs 'cap'") }
            kind = parameter(fields["cap"], fields.path("cap"), .unitInterval).map(Exclusion.Kind.cap)
        default: kind = nil
        }
        guard let market, let vendor, let kind, let phaseOut else { return nil }
        return Exclusion(market: market, vendor: vendor, kind: kind, phaseOut: phaseOut)
    }

    private func readPrior(_ node: Node, _ path: String, options: [String]) -> Decision.Prior? {
        guard let fields = reader.object(node, path, as: "prior") else { return nil }
        cite(fields)
        let option = fields["option"].flatMap { reader.choice($0, fields.path("option"), options) }
        guard let option, let index = options.firstIndex(of: option), let onNode = fields["on"],
            let date = reader.date(onNode, fields.path("on")), let time = time(of: date, onNode, fields.path("on"))
        else { return nil }
        return Decision.Prior(option: index, time: time)
    }
}

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
            let halfLife = parameter(fields, "half_life", default: 60)
            let active = fields["active"].flatMap { reader.boolean($0, fields.path("active")) } ?? true
            let items = fields["instruments"].map { reader.list($0, fields.path("instruments")) } ?? []
            var names: Set<String> = []
            let instruments = items.enumerated().compactMap { position, item in
                readInstrument(item, "\(fields.path("instruments")).\(position)", campaign: id, defaultTargets: targets, names: &names)
            }
            guard let sender, let vendor, let halfLife, instruments.count == items.count else { return nil }
            return Campaign(id: id, sender: sender, vendor: vendor, targets: targets, halfLife: halfLife,
                            instruments: instruments, activeAtStart: active)
        }
    }

    /// An instrument; `names` holds the ids of the campaign's instruments read so far.
    private func readInstrument(
        _ node: Node, _ path: String, campaign: String, defaultTargets: [Int], names: inout Set<String>
    ) -> Instrument? {
        guard let fields = reader.object(node, path, as: "instrument") else { return nil }
        let name = fields["id"].flatMap { reader.identifier($0, fields.path("id")) }
        if let name, let idNode = fields.values["id"], !names.insert(name).inserted {
            reader.error(idNode, fields.path("id"), "duplicate instrument id '\(name)' in campaign '\(campaign)'")
        }
        let kindName = fields["kind"].flatMap { reader.choice($0, fields.path("kind"), Instrument.Kind.allCases.map(\.rawValue)) }
        let kind = kindName.flatMap(Instrument.Kind.init(rawValue:))
        let targets = fields["targets"].map { reader.references($0, fields.path("targets"), to: actorIDs, kind: "actor") } ?? defaultTargets
        let magnitude = parameter(fields, "magnitude", default: 1)
        let timing = readTiming(fields)
        let follow = readFollowThrough(fields, kind: kind, name: name, campaign: campaign, targets: targets, magnitude: magnitude)
        let hasFollowThrough = fields.values["carried_out"] != nil || fields.values["dropped"] != nil
        guard let kind, let magnitude, let timing, fields.values["id"] == nil || name != nil, !hasFollowThrough || follow != nil
        else { return nil }
        let event = events.register("campaign.\(campaign).\(kind.rawValue)", subject: nil)
        return Instrument(name: name, kind: kind, targets: targets, timing: timing, magnitude: magnitude, event: event,
                          followThrough: follow)
    }

    /// Exactly one of `at` (a date), `every` (an exact period) or `poisson`
    /// (`{ mean: … }`: exponential gaps).
    private func readTiming(_ fields: Fields) -> Instrument.Timing? {
        let keys = ["at", "every", "poisson"]
        let given = keys.filter { fields[$0] != nil }
        guard given.count == 1 else {
            reader.error(fields.node, fields.path, given.isEmpty
                ? "an instrument needs one of 'at' (a date), 'every' (an exact period) or 'poisson' ({ mean: … }: random gaps)"
                : "an instrument takes one of 'at', 'every' and 'poisson', not \(given.map { "'\($0)'" }.joined(separator: " and "))")
            return nil
        }
        if let node = fields["at"] { return clockTime(node, fields.path("at")).map(Instrument.Timing.at) }
        if let node = fields["every"] {
            guard periodIsUnambiguous(node, fields.path("every")) else { return nil }
            return parameter(node, fields.path("every"), fields.constraint("every")).map { .periodic(period: $0) }
        }
        guard let node = fields["poisson"], let poisson = reader.object(node, fields.path("poisson"), as: "poisson_recurrence")
        else { return nil }
        return parameter(poisson, "mean").map { .poisson(mean: $0) }
    }

    /// `every` is an exact period. Refuses what reads as random gaps: a mean
    /// without `dist` (`every: { mean: 60d }`), or an exponential period (it
    /// would be drawn once per replication, not at each gap).
    private func periodIsUnambiguous(_ node: Node, _ path: String) -> Bool {
        guard case .mapping(let mapping) = node else { return true }
        let fix = "for random gaps of a mean (a Poisson process) write 'poisson: { mean: … }'"
        if mapping["value"] == nil, mapping["dist"] == nil, let mean = mapping["mean"] ?? mapping["process"] {
            reader.error(mean, path, "'every' is an exact period (a number of days, { value: … } or a distribution); \(fix)")
            return false
        }
        if let dist = mapping["dist"], dist.string == "exponential" {
            reader.error(dist, reader.join(path, "dist"),
                         "'every' is an exact period, drawn once per replication, not a gap drawn at each firing; \(fix)")
            return false
        }
        return true
    }

    /// A threat's `carried_out` and `dropped`; nil when it has neither or
    /// either is wrong.
    private func readFollowThrough(
        _ fields: Fields, kind: Instrument.Kind?, name: String?, campaign: String, targets: [Int], magnitude: ParameterID?
    ) -> FollowThrough? {
        let (carriedNode, droppedNode) = (fields["carried_out"], fields["dropped"])
        guard let anyNode = carriedNode ?? droppedNode else { return nil }
        if let kind, kind != .threat {
            reader.error(anyNode, fields.path(carriedNode != nil ? "carried_out" : "dropped"),
                         "only a threat can be carried out or dropped; this is a \(kind.rawValue)")
            return nil
        }
        guard let name else {
            if fields.values["id"] == nil {
                reader.error(fields.node, fields.path, "a threat with 'carried_out' or 'dropped' needs an 'id', which names their events")
            }
            return nil
        }
        let event = { (key: String) in
            self.events.register("campaign.\(campaign).\(name).\(key)", subject: targets.count == 1 ? targets[0] : nil)
        }
        let carried = carriedNode.flatMap { readStep($0, fields.path("carried_out"), as: "threat_carried_out", event: event("carried_out")) }
        let dropped = droppedNode.flatMap { readStep($0, fields.path("dropped"), as: "threat_dropped", event: event("dropped")) }
        let measure = carried.flatMap { carried in carried.fields["magnitude"].map { _ in parameter(carried.fields, "magnitude") } }
            ?? magnitude
        guard carriedNode == nil || carried != nil, droppedNode == nil || dropped != nil, let measure else { return nil }
        let follow = FollowThrough(carriedOut: carried?.step, carriedOutMagnitude: measure, dropped: dropped?.step)
        if let dropped, follow.highestTotalProbability(in: parameters) > 1 + 1e-9 {
            reader.error(dropped.fields.values["probability"], dropped.fields.path("probability"), Self.exclusive(follow, parameters))
        }
        return follow
    }

    /// Why a threat's carried-out and dropped probabilities are refused.
    static func exclusive(_ follow: FollowThrough, _ table: ParameterTable) -> String {
        "carried_out and dropped are exclusive: their probabilities can sum to \(follow.highestTotalProbability(in: table)), more than 1"
    }

    /// One follow-through step; its `unless` is read once every event is known.
    private func readStep(_ node: Node, _ path: String, as definition: String, event: EventID) -> (step: FollowThrough.Step, fields: Fields)? {
        guard let fields = reader.object(node, path, as: definition) else { return nil }
        let probability = parameter(fields, "probability")
        let wait = delay(fields["after"], fields.path("after"), default: 0)
        if let unless = fields["unless"] { lateEventLists[fields.path("unless")] = unless }
        let effects = readEffects(fields)
        guard let probability, let wait, let effects else { return nil }
        return (FollowThrough.Step(probability: probability, delay: wait, unless: [], effects: effects, event: event), fields)
    }
}

/// The JSON names of outcomes, actors and orders (format 3; see
/// Report+Coding.swift): snake_case, every key written, and a date that was
/// never reached spelled ``Report/notReached`` in JSON and CSV alike.
extension Report {
    /// A quantile date the runs never reached by the horizon (too few runs had
    /// the event), or a median date of something that never happened.
    public static let notReached = "not_reached"
}

extension OutcomeSummary {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(id, forKey: "id")
        try c.encode(label, forKey: "label")
        try c.encode(kind, forKey: "kind")
        try c.encode(by, forKey: "by")
        try c.encode(byDay, forKey: "by_day")
        try c.encode(probability, forKey: "probability")
        try c.encode(checkpoints, forKey: "checkpoints")
        try c.encode(occurred, forKey: "occurred")
        try c.encode(whenItHappened, forKey: "when_it_happened")
        try c.encode(timeToEvent, forKey: "time_to_event")
        try c.encode(curve, forKey: "curve")
        try c.encode(mean, forKey: "mean")
        try c.encode(p10, forKey: "p10")
        try c.encode(p90, forKey: "p90")
        try c.encode(values, forKey: "values")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(
            id: try c.decode(String.self, forKey: "id"), label: try c.decode(String.self, forKey: "label"),
            kind: try c.decode(Kind.self, forKey: "kind"), by: try c.decodeIfPresent(String.self, forKey: "by"),
            byDay: try c.decodeIfPresent(Double.self, forKey: "by_day"),
            probability: try c.decodeIfPresent(Estimate.self, forKey: "probability"),
            checkpoints: try c.decode([Checkpoint].self, forKey: "checkpoints"),
            occurred: try c.decodeIfPresent(Int.self, forKey: "occurred"),
            whenItHappened: try c.decodeIfPresent(DateQuantiles.self, forKey: "when_it_happened"),
            timeToEvent: try c.decodeIfPresent(DateQuantiles.self, forKey: "time_to_event"),
            curve: try c.decode([CurvePoint].self, forKey: "curve"), mean: try c.decodeIfPresent(Estimate.self, forKey: "mean"),
            p10: try c.decodeIfPresent(Double.self, forKey: "p10"), p90: try c.decodeIfPresent(Double.self, forKey: "p90"),
            values: try c.decode([Double?].self, forKey: "values"))
    }
}

extension OutcomeSummary.DateQuantiles {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(p10 ?? Report.notReached, forKey: "p10")
        try c.encode(median ?? Report.notReached, forKey: "median")
        try c.encode(p90 ?? Report.notReached, forKey: "p90")
    }

    /// Reads `not_reached` (format 3) or a missing key (format 2) as nil.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        func date(_ key: JSONKey) throws -> String? { try c.decodeIfPresent(String.self, forKey: key).flatMap(Report.reached) }
        self.init(p10: try date("p10"), median: try date("median"), p90: try date("p90"))
    }
}

extension Report {
    /// nil for ``notReached``, otherwise the date.
    static func reached(_ date: String) -> String? { date == notReached ? nil : date }
}

extension ActorRow {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(decision, forKey: "decision")
        try c.encode(actor, forKey: "actor")
        try c.encode(complied, forKey: "complied")
        try c.encode(medianDate ?? Report.notReached, forKey: "median_date")
        try c.encode(options, forKey: "options")
        try c.encode(retaliatedAgainst, forKey: "retaliated_against")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(
            decision: try c.decode(String.self, forKey: "decision"), actor: try c.decode(String.self, forKey: "actor"),
            complied: try c.decode(Estimate.self, forKey: "complied"),
            medianDate: try c.decodeIfPresent(String.self, forKey: "median_date").flatMap(Report.reached),
            options: try c.decode([OptionShare].self, forKey: "options"),
            retaliatedAgainst: try c.decode(Estimate.self, forKey: "retaliated_against"))
    }
}

extension OrderRow {
    /// One status of an order: a row of the orders table.
    struct Status: Codable {
        var status: String
        var probability: Estimate
    }

    /// The statuses as a list in name order (format 3): a JSON object keyed
    /// by status (format 2) is read too.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(order, forKey: "order")
        try c.encode(target, forKey: "target")
        try c.encode(statuses.sorted { $0.key < $1.key }.map { Status(status: $0.key, probability: $0.value) }, forKey: "statuses")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        var statuses: [String: Estimate] = [:]
        if (try? c.nestedUnkeyedContainer(forKey: "statuses")) != nil {
            for entry in try c.decode([Status].self, forKey: "statuses")
            where statuses.updateValue(entry.probability, forKey: entry.status) != nil {
                throw DecodingError.dataCorruptedError(forKey: "statuses", in: c, debugDescription: "status '\(entry.status)' occurs twice")
            }
        } else {
            statuses = try c.decode([String: Estimate].self, forKey: "statuses")
        }
        self.init(order: try c.decode(String.self, forKey: "order"), target: try c.decode(String.self, forKey: "target"),
                  statuses: statuses)
    }
}

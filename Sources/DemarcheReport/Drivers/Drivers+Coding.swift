/// The drivers and attribution sections in the JSON report's conventions
/// (format 3): snake_case keys, every key written (null where a value does
/// not exist). Decoding is synthesised from the same keys.
extension DriversSummary.Driver {
    enum CodingKeys: String, CodingKey { case path, srrc, spearman }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(srrc, forKey: .srrc)
        try c.encode(spearman, forKey: .spearman)
    }
}

extension DriversSummary.OutcomeDrivers {
    enum CodingKeys: String, CodingKey { case id, label, response, rSquared = "r_squared", note, drivers }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(response, forKey: .response)
        try c.encode(rSquared, forKey: .rSquared)
        try c.encode(note, forKey: .note)
        try c.encode(drivers, forKey: .drivers)
    }
}

extension DriversSummary {
    enum CodingKeys: String, CodingKey { case runs, totalRuns = "total_runs", inputs, z, note, outcomes }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(runs, forKey: .runs)
        try c.encode(totalRuns, forKey: .totalRuns)
        try c.encode(inputs, forKey: .inputs)
        try c.encode(z, forKey: .z)
        try c.encode(note, forKey: .note)
        try c.encode(outcomes, forKey: .outcomes)
    }
}

extension AttributionSummary.Change {
    enum CodingKeys: String, CodingKey {
        case id, label, measure, with, without, contribution, changedRuns = "changed_runs"
    }
}

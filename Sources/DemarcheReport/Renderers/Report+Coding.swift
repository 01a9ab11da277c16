/// The JSON names of a report (format 3): snake_case, the same words as the
/// CSV tables' columns (``Report/tables``), and every key written — null
/// where nothing applies, never left out — so that a reader and pandas see
/// the same columns in every report. Types whose members are single words
/// (estimates, checkpoints, curve points, markets, sources) keep their
/// synthesized coding.

/// A key spelled as written.
struct JSONKey: CodingKey, ExpressibleByStringLiteral {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
    init(stringLiteral value: String) { stringValue = value }
}

extension Report {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(format, forKey: "format")
        try c.encode(manifest, forKey: "manifest")
        try c.encode(performance, forKey: "performance")
        try c.encode(outcomes, forKey: "outcomes")
        try c.encode(actors, forKey: "actors")
        try c.encode(orders, forKey: "orders")
        try c.encode(markets, forKey: "markets")
        try c.encode(sources, forKey: "sources")
        try c.encode(citedSources, forKey: "cited_sources")
        try c.encode(sourcing, forKey: "sourcing")
        try c.encode(convergence, forKey: "convergence")
        try c.encode(drivers, forKey: "drivers")
        try c.encode(attribution, forKey: "attribution")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(
            manifest: try c.decode(Manifest.self, forKey: "manifest"),
            performance: try c.decodeIfPresent(Performance.self, forKey: "performance"),
            outcomes: try c.decode([OutcomeSummary].self, forKey: "outcomes"),
            actors: try c.decode([ActorRow].self, forKey: "actors"), orders: try c.decode([OrderRow].self, forKey: "orders"),
            markets: try c.decode([MarketRow].self, forKey: "markets"), sources: try c.decode([SourceRow].self, forKey: "sources"),
            citedSources: try c.decodeIfPresent([CitedSource].self, forKey: "cited_sources"),
            sourcing: try c.decodeIfPresent(SourcingSummary.self, forKey: "sourcing"),
            convergence: try c.decode(ConvergenceSummary.self, forKey: "convergence"))
        format = try c.decode(Int.self, forKey: "format")
        drivers = try c.decodeIfPresent(DriversSummary.self, forKey: "drivers")
        attribution = try c.decodeIfPresent(AttributionSummary.self, forKey: "attribution")
    }
}

extension Manifest {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(tool, forKey: "tool")
        try c.encode(toolVersion, forKey: "tool_version")
        try c.encode(toolCommit, forKey: "tool_commit")
        try c.encode(gslVersion, forKey: "gsl_version")
        try c.encode(scenarioFile, forKey: "scenario_file")
        try c.encode(scenarioName, forKey: "scenario_name")
        try c.encode(scenarioSHA256, forKey: "scenario_sha256")
        try c.encode(asOf, forKey: "as_of")
        try c.encode(start, forKey: "start")
        try c.encode(horizon, forKey: "horizon")
        try c.encode(seed, forKey: "seed")
        try c.encode(runs, forKey: "runs")
        try c.encode(generator, forKey: "generator")
        try c.encode(overrides, forKey: "overrides")
        try c.encode(untilPrecision, forKey: "until_precision")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(
            toolVersion: try c.decode(String.self, forKey: "tool_version"), gslVersion: try c.decode(String.self, forKey: "gsl_version"),
            scenarioFile: try c.decode(String.self, forKey: "scenario_file"),
            scenarioName: try c.decode(String.self, forKey: "scenario_name"),
            scenarioSHA256: try c.decode(String.self, forKey: "scenario_sha256"), asOf: try c.decode(String.self, forKey: "as_of"),
            start: try c.decode(String.self, forKey: "start"), horizon: try c.decode(String.self, forKey: "horizon"),
            seed: try c.decode(UInt64.self, forKey: "seed"), runs: try c.decode(Int.self, forKey: "runs"),
            generator: try c.decode(String.self, forKey: "generator"), overrides: try c.decode([String].self, forKey: "overrides"),
            untilPrecision: try c.decodeIfPresent(Double.self, forKey: "until_precision"),
            toolCommit: try c.decodeIfPresent(String.self, forKey: "tool_commit"))
        tool = try c.decode(String.self, forKey: "tool")
    }
}

extension Performance {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(wallSeconds, forKey: "wall_seconds")
        try c.encode(events, forKey: "events")
        try c.encode(eventsPerSecond, forKey: "events_per_second")
        try c.encode(jobs, forKey: "jobs")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(wallSeconds: try c.decode(Double.self, forKey: "wall_seconds"), events: try c.decode(Int.self, forKey: "events"),
                  eventsPerSecond: try c.decode(Double.self, forKey: "events_per_second"), jobs: try c.decode(Int.self, forKey: "jobs"))
    }
}

extension ConvergenceSummary {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(widestHalfWidth, forKey: "widest_half_width")
        try c.encode(outcome, forKey: "outcome")
        try c.encode(runs, forKey: "runs")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(widestHalfWidth: try c.decode(Double.self, forKey: "widest_half_width"),
                  outcome: try c.decodeIfPresent(String.self, forKey: "outcome"), runs: try c.decode(Int.self, forKey: "runs"))
    }
}

extension CitedSource {
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: JSONKey.self)
        try c.encode(id, forKey: "id")
        try c.encode(published, forKey: "published")
        try c.encode(citation, forKey: "citation")
        try c.encode(url, forKey: "url")
        try c.encode(parameters, forKey: "parameters")
        try c.encode(facts, forKey: "facts")
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: JSONKey.self)
        self.init(id: try c.decode(String.self, forKey: "id"), published: try c.decode(String.self, forKey: "published"),
                  citation: try c.decode(String.self, forKey: "citation"), url: try c.decodeIfPresent(String.self, forKey: "url"),
                  parameters: try c.decode(Int.self, forKey: "parameters"), facts: try c.decode(Int.self, forKey: "facts"))
    }
}

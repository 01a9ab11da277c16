/// Where a scenario's numbers and facts come from, as the report lists it.
public struct SourceRow: Codable, Sendable {
    public var path: String
    /// The `source:` annotation as written.
    public var source: String
    /// The parameter's value or its distribution as the file writes it
    /// (`beta(alpha 2, beta 5)`), or "" for waiting times and facts.
    public var value: String
    /// The ``CitedSource/id`` of each dated source it cites (nil in reports
    /// made before sources were dated).
    public var sourceIDs: [String]?

    public init(path: String, source: String, value: String, sourceIDs: [String]? = nil) {
        self.path = path
        self.source = source
        self.value = value
        self.sourceIDs = sourceIDs
    }

    enum CodingKeys: String, CodingKey { case path, source, value, sourceIDs = "source_ids" }

    /// Every key written (format 3), `source_ids` null in converted format-2 reports.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(source, forKey: .source)
        try c.encode(value, forKey: .value)
        try c.encode(sourceIDs, forKey: .sourceIDs)
    }
}

/// A dated source the scenario cites: one of its `sources:`, or a reference
/// class.
public struct CitedSource: Codable, Sendable {
    public var id: String
    /// ISO date; never after the scenario's `as_of`.
    public var published: String
    public var citation: String
    public var url: String?
    /// Parameters and waiting times that cite it.
    public var parameters: Int
    /// Dates and facts of constructs (an order's, a shock's `source:`) that cite it.
    public var facts: Int

    public init(id: String, published: String, citation: String, url: String?, parameters: Int, facts: Int) {
        self.id = id
        self.published = published
        self.citation = citation
        self.url = url
        self.parameters = parameters
        self.facts = facts
    }
}

/// How the numbers the scenario file gives (parameters, and waiting times
/// written as objects) are sourced.
public struct SourcingSummary: Codable, Sendable, Equatable {
    public var parameters: Int
    /// Those whose source is, or includes, `assumption`.
    public var assumption: Int
    /// Those that name no source.
    public var unsourced: Int

    public init(parameters: Int, assumption: Int, unsourced: Int) {
        self.parameters = parameters
        self.assumption = assumption
        self.unsourced = unsourced
    }
}

extension SourcingSummary {
    /// "12 of the 80 parameters the file gives rest at least in part on an assumption; 2 name no source."
    var sentence: String {
        "\(assumption) of the \(parameters) parameters the file gives rest at least in part on an assumption; "
            + (unsourced == 0 ? "every one names a source." : "\(unsourced) name\(unsourced == 1 ? "s" : "") no source.")
    }
}

extension Report {
    static let citedSourceHeader = ["source", "published", "citation", "parameters", "facts"]

    /// One row per cited source, for the Markdown and HTML tables.
    var citedSourceRows: [[String]] {
        (citedSources ?? []).map { source in
            [source.id, source.published, source.citation + (source.url.map { " <\($0)>" } ?? ""),
             "\(source.parameters)", "\(source.facts)"]
        }
    }

    /// The sentence that introduces the dated sources.
    var citedSourcesNote: String {
        "Dated sources cited, none published after the as-of date (\(manifest.asOf)): parameters counts the parameters "
            + "and waiting times that cite each, facts the dates and facts of orders, shocks and other constructs."
    }
}

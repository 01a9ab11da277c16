import DemarcheKernel

/// Where a scenario's numbers and facts come from: the dated sources it
/// cites, and what each annotated place of the file cites. Read by reports;
/// the simulation never looks at it.
public struct Provenance: Sendable {
    /// A dated source: declared in `sources:`, or a reference class named
    /// by a `reference:` item.
    public struct Source: Sendable, Equatable {
        /// The declared id, or ``referenceID(_:)`` of the reference-class file.
        public var id: String
        /// When it became public; never after the scenario's `as_of`.
        public var published: CalendarDate
        public var citation: String
        public var url: String?

        public init(id: String, published: CalendarDate, citation: String, url: String?) {
            self.id = id
            self.published = published
            self.citation = citation
            self.url = url
        }

        /// The id under which a reference-class file (as written) is listed.
        public static func referenceID(_ file: String) -> String { "reference: \(file)" }
    }

    /// One place of the file that is, or could be, annotated.
    public struct Entry: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            /// A number of the ``ParameterTable`` that the file gives.
            case parameter
            /// A waiting time written as an object (a value or a distribution).
            case delay
            /// A date or fact of a construct (an order's, a shock's `source:`).
            case fact
        }

        public var path: String
        public var kind: Kind
        /// Nil when the file names no source (never for a fact).
        public var source: Attribution?

        public init(path: String, kind: Kind, source: Attribution?) {
            self.path = path
            self.kind = kind
            self.source = source
        }
    }

    /// Declared sources in file order, then reference classes in order of first citation.
    public var sources: [Source]
    /// In file order.
    public var entries: [Entry]

    public init(sources: [Source] = [], entries: [Entry] = []) {
        self.sources = sources
        self.entries = entries
    }

    /// Marks the entry at `path` as replaced by `--set`; a default the file
    /// left out gets an entry of its own, so the override is never silent.
    public mutating func override(_ path: String) {
        guard entries.contains(where: { $0.path == path }) else {
            entries.append(Entry(path: path, kind: .parameter, source: .override))
            return
        }
        for index in entries.indices where entries[index].path == path { entries[index].source = .override }
    }

    /// Parameters and waiting times: the numbers the file gives.
    public var numbers: [Entry] { entries.filter { $0.kind != .fact } }
}

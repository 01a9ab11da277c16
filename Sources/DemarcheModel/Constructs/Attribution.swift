/// What a `source:` annotation names, as the Scenario layer parsed it: one
/// or more items, each a source declared in the scenario's `sources:`, the
/// word `assumption`, or a fit to a reference class, with an optional note
/// (`"A2 (Europe reluctant); assumption"`).
public struct Attribution: Sendable, Equatable, CustomStringConvertible {
    public enum Item: Sendable, Equatable {
        /// A source declared in `sources:`, by id.
        case source(String)
        case assumption
        /// A reference-class file (as written in the scenario) and one of its causes.
        case reference(file: String, cause: String)
    }

    public struct Cited: Sendable, Equatable {
        public var item: Item
        public var note: String?

        public init(_ item: Item, note: String? = nil) {
            self.item = item
            self.note = note
        }
    }

    /// The annotation as written.
    public var text: String
    /// Empty for ``override``.
    public var items: [Cited]

    public init(text: String, items: [Cited]) {
        self.text = text
        self.items = items
    }

    /// A value replaced by `--set`: it no longer comes from what the file cites.
    public static let override = Attribution(text: "override (--set)", items: [])

    /// Whether the value rests, at least in part, on an assumption.
    public var includesAssumption: Bool { items.contains { $0.item == .assumption } }

    /// The ``Provenance/Source/id`` of every dated source it cites.
    public var sourceIDs: [String] {
        items.compactMap { cited in
            switch cited.item {
            case .source(let id): id
            case .reference(let file, _): Provenance.Source.referenceID(file)
            case .assumption: nil
            }
        }
    }

    public var description: String { text }
}

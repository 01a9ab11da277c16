import DemarcheRandom

/// Every numeric parameter of a scenario in one table: its scenario path
/// (`actors.germany.opposition`), its constraint, and its value or
/// distribution (where it comes from is in the model's ``Provenance``).
///
/// Constructs refer to parameters by ``ParameterID``. A parameter given as a
/// distribution is drawn once per replication (parameter uncertainty), all
/// from one named stream in table order. Overriding a parameter by path
/// (`--set`, sweeps) leaves the constructs' streams alone, but fixing a drawn
/// parameter shifts the draws of the drawn parameters after it in the table.
public struct ParameterTable: Sendable {
    public struct Entry: Sendable {
        public var path: String
        public var constraint: ParameterConstraint
        public var distribution: AnyDistribution
    }

    public private(set) var entries: [Entry] = []
    private var indexByPath: [String: Int] = [:]

    public init() {}

    /// Adds a parameter and returns its identifier.
    public mutating func add(path: String, constraint: ParameterConstraint, _ distribution: AnyDistribution) -> ParameterID {
        indexByPath[path] = entries.count
        entries.append(Entry(path: path, constraint: constraint, distribution: distribution))
        return ParameterID(index: entries.count - 1)
    }

    /// Adds a constant (a default the format supplies).
    public mutating func constant(path: String, constraint: ParameterConstraint, _ value: Double) -> ParameterID {
        // A finite constant always builds; defaults are finite literals.
        add(path: path, constraint: constraint, .fixed(try! Fixed(value)))
    }

    /// The parameter at `path`, if there is one.
    public func id(forPath path: String) -> ParameterID? { indexByPath[path].map(ParameterID.init(index:)) }

    /// All paths, for did-you-mean suggestions.
    public var paths: [String] { entries.map(\.path) }

    /// Replaces the parameter at `id` with a constant; returns what was
    /// expected if the value breaks the parameter's constraint.
    public mutating func override(_ id: ParameterID, with value: Double) -> String? {
        guard let fixed = try? Fixed(value) else { return "a finite number" }
        if let expected = entries[id.index].constraint.violation(value) { return expected }
        entries[id.index].distribution = .fixed(fixed)
        return nil
    }
}

/// A parameter's position in the ``ParameterTable``.
public struct ParameterID: Hashable, Sendable {
    public let index: Int
}

/// A state, firm, operator, regulator, court or bloc.
public struct Actor: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case state, firm, `operator`, regulator, court, bloc
    }

    /// The numeric attributes every actor has; each is a parameter, and
    /// effects (shocks, triggers, countermeasures) can move it during a run.
    public enum Attribute: String, CaseIterable, Sendable {
        /// Alignment with the sender, 0 (hostile) … 1 (close ally).
        case alignment
        /// Dependence on the targeted vendor, 0 … 1.
        case dependence
        /// Domestic opposition to complying, 0 … 1.
        case opposition
    }

    public var id: String
    public var name: String
    public var kind: Kind
    /// One parameter per ``Attribute``, in `Attribute.allCases` order.
    public var attributes: [ParameterID]

    public init(id: String, name: String, kind: Kind, attributes: [ParameterID]) {
        self.id = id
        self.name = name
        self.kind = kind
        self.attributes = attributes
    }
}

/// A weighted tie between two actors (alliance, intelligence sharing, trade
/// dependence). The relations from a campaign's sender to a target set the
/// sender's leverage over it: each instrument's magnitude on that target is
/// multiplied by 1 + Σ their weights (whatever their kind). Relations do not
/// enter `alignment` or any condition.
public struct Relation: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case alliance, intelligence, trade
    }

    public var from: Int
    public var to: Int
    public var kind: Kind
    public var weight: ParameterID

    public init(from: Int, to: Int, kind: Kind, weight: ParameterID) {
        self.from = from
        self.to = to
        self.kind = kind
        self.weight = weight
    }
}

/// A country × sector market and its vendors' shares (normalised to sum to 1
/// at the start of each replication).
public struct Market: Sendable {
    public var id: String
    public var country: Int
    public var sector: String
    public var vendors: [String]
    public var shares: [ParameterID]

    public init(id: String, country: Int, sector: String, vendors: [String], shares: [ParameterID]) {
        self.id = id
        self.country = country
        self.sector = sector
        self.vendors = vendors
        self.shares = shares
    }
}

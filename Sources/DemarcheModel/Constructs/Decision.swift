/// A target's choice under pressure, as a proportional hazard:
///
///     λ(t) = (monthly_hazard / 30) · exp(Σₖ βₖ · xₖ(t))
///
/// over the covariates of ``Covariate``. The hazard is piecewise constant
/// between events except for decaying pressure; the next decision time is
/// drawn by thinning (Lewis & Shedler 1979) under a bound that holds until the
/// next covariate change, and redrawn whenever a covariate changes — exact by
/// memorylessness. When the hazard fires, one option is chosen with the
/// options' weights.
public struct Decision: Sendable {
    /// The named covariates of the log-linear hazard.
    public enum Covariate: String, CaseIterable, Sendable {
        /// Current campaign pressure on the actor (decaying sum of instruments).
        case pressure
        /// The actor's `alignment` attribute.
        case alignment
        /// The decision's cost of compliance.
        case cost
        /// Share of the decision's peers that have already complied, 0 … 1.
        case peers
        /// The actor's `opposition` attribute.
        case opposition
        /// Threatened retaliation: Σ probability × severity of countermeasures
        /// against this decision.
        case retaliation
    }

    public struct Option: Sendable {
        public var name: String
        public var weight: ParameterID
        /// Whether choosing it counts as complying (for peers and countermeasures).
        public var complies: Bool
        public var exclusion: Exclusion?
        public var event: EventID

        public init(name: String, weight: ParameterID, complies: Bool, exclusion: Exclusion?, event: EventID) {
            self.name = name
            self.weight = weight
            self.complies = complies
            self.exclusion = exclusion
            self.event = event
        }
    }

    /// A decision already taken before the scenario starts (as-of facts).
    public struct Prior: Sendable {
        public var option: Int
        public var time: Double

        public init(option: Int, time: Double) {
            self.option = option
            self.time = time
        }
    }

    public var id: String
    public var actor: Int
    public var monthlyHazard: ParameterID
    public var cost: ParameterID
    /// One coefficient per ``Covariate``, in `Covariate.allCases` order.
    public var coefficients: [ParameterID]
    /// Other decisions whose compliance counts for the `peers` covariate.
    public var peers: [Int]
    public var options: [Option]
    public var prior: Prior?
    public var activeAtStart: Bool

    public init(
        id: String, actor: Int, monthlyHazard: ParameterID, cost: ParameterID, coefficients: [ParameterID],
        peers: [Int], options: [Option], prior: Prior?, activeAtStart: Bool
    ) {
        self.id = id
        self.actor = actor
        self.monthlyHazard = monthlyHazard
        self.cost = cost
        self.coefficients = coefficients
        self.peers = peers
        self.options = options
        self.prior = prior
        self.activeAtStart = activeAtStart
    }
}

/// What a complying decision does to a market's vendor shares, after an
/// optional phase-out period.
public struct Exclusion: Sendable {
    public enum Kind: Sendable {
        /// The vendor's share goes to zero.
        case full
        /// The vendor keeps only the non-core part: share × (1 − core fraction).
        case coreOnly(coreFraction: ParameterID)
        /// The vendor's share is capped.
        case cap(ParameterID)
    }

    public var market: Int
    public var vendor: Int
    public var kind: Kind
    /// Days from the decision until the shares change.
    public var phaseOut: Delay

    public init(market: Int, vendor: Int, kind: Kind, phaseOut: Delay) {
        self.market = market
        self.vendor = vendor
        self.kind = kind
        self.phaseOut = phaseOut
    }
}

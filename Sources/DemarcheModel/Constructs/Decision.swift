/// A target's choice under pressure, as a proportional hazard with
/// competing ends:
///
///     λ(t) = h₀(a(t)) · exp(Σₖ βₖ · xₖ(t))
///
/// over the covariates of ``Covariate``. The baseline h₀ is constant
/// (`monthly_hazard` / 30 per day) or Weibull, h₀(a) = (k/λ)(a/λ)^(k−1), in
/// the case's age a: days since `since`, or since the decision became active.
/// The next decision time is drawn by thinning (Lewis & Shedler 1979): the
/// candidate inverts the baseline's cumulative hazard times a bound on
/// exp(Σβx) that holds until the next covariate change, and is accepted
/// with probability exp(Σβx)/bound; every covariate change redraws. This is
/// exact for any shape, k < 1 included (h₀ is infinite at age 0 but its
/// cumulative is not). When the hazard fires, one option is chosen with the
/// options' weights.
///
/// ``ends`` are competing ways the case ends without compliance (the sender
/// backs down, a settlement, a stalemate), each with its own baseline on the
/// same age clock and no covariates: the covariates measure the target's
/// incentives to give in, while the ends of the reference class measure the
/// sender's persistence and bargaining, which the scenario does not measure;
/// unscaled, the fitted cause-specific hazards keep the meaning they had in
/// the reference class. Whichever comes first, compliance or an end, closes
/// the decision.
public struct Decision: Sendable {
    /// The named covariates of the log-linear hazard.
    public enum Covariate: String, CaseIterable, Sendable {
        /// Current pressure on the actor: the decaying sum of instruments
        /// (scaled by the sender's leverage) and of pressure effects.
        case pressure
        /// The actor's `alignment` attribute.
        case alignment
        /// The decision's cost of compliance, raised by the severity of every
        /// formal countermeasure that has hit the actor.
        case cost
        /// Share of the decision's peers that have already complied, 0 … 1.
        case peers
        /// The actor's `opposition` attribute.
        case opposition
        /// Threatened retaliation: Σ formal probability × severity of the
        /// countermeasures against this decision (rhetoric does not count).
        case retaliation
    }

    public struct Option: Sendable {
        public var name: String
        public var weight: ParameterID
        /// Whether choosing it counts as complying (for peers and countermeasures).
        public var complies: Bool
        public var exclusion: Exclusion?
        public var event: EventID
        /// Decisions that choosing it opens (activates): the next stage of a
        /// staged decision, with its own hazard and covariates.
        public var opens: [Int]

        public init(
            name: String, weight: ParameterID, complies: Bool, exclusion: Exclusion?, event: EventID, opens: [Int] = []
        ) {
            self.name = name
            self.weight = weight
            self.complies = complies
            self.exclusion = exclusion
            self.event = event
            self.opens = opens
        }
    }

    /// A baseline hazard, as parameters.
    public enum Baseline: Sendable {
        /// A constant hazard per 30 days.
        case constant(monthlyHazard: ParameterID)
        /// h₀(a) = (k/λ)(a/λ)^(k−1) with shape k > 0 and scale λ > 0 in days.
        case weibull(shape: ParameterID, scale: ParameterID)
    }

    /// A competing way the case ends without compliance (a cause of the
    /// reference class), recorded as `decision.<id>.<name>`.
    public struct End: Sendable {
        public var name: String
        public var baseline: Baseline
        public var event: EventID

        public init(name: String, baseline: Baseline, event: EventID) {
            self.name = name
            self.baseline = baseline
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
    /// The baseline of the compliance hazard.
    public var baseline: Baseline
    /// Clock time when the case began (the origin of the age); nil: when
    /// the decision becomes active.
    public var since: Double?
    public var cost: ParameterID
    /// One coefficient per ``Covariate``, in `Covariate.allCases` order.
    public var coefficients: [ParameterID]
    /// Other decisions whose compliance counts for the `peers` covariate.
    public var peers: [Int]
    public var options: [Option]
    public var prior: Prior?
    public var activeAtStart: Bool
    /// Competing ends without compliance.
    public var ends: [End]
    /// Events that must all have happened before the decision becomes active
    /// (`requires`): until then it waits, even when activated, and its age
    /// clock (without `since`) starts when the last of them happens.
    public var prerequisites: [EventID]

    public init(
        id: String, actor: Int, baseline: Baseline, since: Double? = nil, cost: ParameterID, coefficients: [ParameterID],
        peers: [Int], options: [Option], prior: Prior?, activeAtStart: Bool, ends: [End] = [], prerequisites: [EventID] = []
    ) {
        self.id = id
        self.actor = actor
        self.baseline = baseline
        self.since = since
        self.cost = cost
        self.coefficients = coefficients
        self.peers = peers
        self.options = options
        self.prior = prior
        self.activeAtStart = activeAtStart
        self.ends = ends
        self.prerequisites = prerequisites
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
    /// From the decision until the shares change (calendar months count
    /// from the decision's date).
    public var phaseOut: Delay

    public init(market: Int, vendor: Int, kind: Kind, phaseOut: Delay) {
        self.market = market
        self.vendor = vendor
        self.kind = kind
        self.phaseOut = phaseOut
    }
}

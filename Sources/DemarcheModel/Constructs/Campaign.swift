/// A sender's pressure on targets through instruments. Each instrument that
/// lands on a target adds `magnitude` × the sender's leverage over it (1 + Σ
/// weights of the ``Relation``s from the sender to the target) to the
/// target's pressure, which then decays with the campaign's half-life:
/// p(t) = Σ mᵢ · 2^(−(t − tᵢ)/h).
public struct Campaign: Sendable {
    public var id: String
    public var sender: Int
    public var vendor: String
    public var targets: [Int]
    /// Half-life of pressure, in days.
    public var halfLife: ParameterID
    public var instruments: [Instrument]
    /// Whether the campaign runs from the start (else an effect activates it).
    public var activeAtStart: Bool

    public init(
        id: String, sender: Int, vendor: String, targets: [Int], halfLife: ParameterID,
        instruments: [Instrument], activeAtStart: Bool
    ) {
        self.id = id
        self.sender = sender
        self.vendor = vendor
        self.targets = targets
        self.halfLife = halfLife
        self.instruments = instruments
        self.activeAtStart = activeAtStart
    }
}

/// One means of pressure: dated (`at`), exactly periodic (`every`) or
/// recurring at random (`poisson`), the recurring ones counted from when the
/// campaign starts. A threat may be followed through: carried out or dropped.
public struct Instrument: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case demarche, warning, threat, visit, tour
    }

    public enum Timing: Sendable {
        /// Once, at this clock time.
        case at(Double)
        /// Every `period` days exactly: at s + P, s + 2P, … after the campaign
        /// starts at s (the period is drawn once per replication).
        case periodic(period: ParameterID)
        /// A Poisson process: exponential gaps of this mean (days), from the
        /// campaign's start.
        case poisson(mean: ParameterID)
    }

    /// Its name within the campaign (`id:`), which names its follow-through
    /// events; nil when the file gives none.
    public var name: String?
    public var kind: Kind
    public var targets: [Int]
    public var timing: Timing
    public var magnitude: ParameterID
    public var event: EventID
    /// What may follow a threat; nil for an instrument without follow-through.
    public var followThrough: FollowThrough?

    public init(
        name: String? = nil, kind: Kind, targets: [Int], timing: Timing, magnitude: ParameterID, event: EventID,
        followThrough: FollowThrough? = nil
    ) {
        self.name = name
        self.kind = kind
        self.targets = targets
        self.timing = timing
        self.magnitude = magnitude
        self.event = event
        self.followThrough = followThrough
    }
}

/// A threat's follow-through: when the threat is first made, one of three
/// things is drawn — carried out (its probability), dropped (its
/// probability), or neither (the rest: the threat hangs) — and the chosen one
/// happens after its own delay, unless one of its `unless` events has
/// happened by then. Carrying out imposes the threatened measure: it adds
/// pressure on the threat's targets (a cost of not complying, the covariate
/// the threat itself acted through) and applies its effects; dropping it
/// applies only its effects. Either way a recurring threat stops recurring.
public struct FollowThrough: Sendable {
    public struct Step: Sendable {
        public var probability: ParameterID
        public var delay: Delay
        /// Events any of which, having happened by the time the step is due,
        /// cancel it (the target complied first, say).
        public var unless: [EventID]
        public var effects: [Effect]
        /// `campaign.<id>.<instrument>.carried_out` or `.dropped`.
        public var event: EventID

        public init(probability: ParameterID, delay: Delay, unless: [EventID], effects: [Effect], event: EventID) {
            self.probability = probability
            self.delay = delay
            self.unless = unless
            self.effects = effects
            self.event = event
        }
    }

    public var carriedOut: Step?
    /// Pressure the carried-out measure adds to each target (× the sender's
    /// leverage), decaying with the campaign's half-life.
    public var carriedOutMagnitude: ParameterID
    public var dropped: Step?

    public init(carriedOut: Step?, carriedOutMagnitude: ParameterID, dropped: Step?) {
        self.carriedOut = carriedOut
        self.carriedOutMagnitude = carriedOutMagnitude
        self.dropped = dropped
    }
}

extension FollowThrough {
    /// The most the carried-out and dropped probabilities can sum to under
    /// `table` (their supports' upper ends): they are exclusive, so more
    /// than 1 is refused, when the file is read and after `--set`.
    public func highestTotalProbability(in table: ParameterTable) -> Double {
        [carriedOut, dropped].compactMap { $0 }.reduce(0) { $0 + table.entries[$1.probability.index].distribution.support.upperBound }
    }
}

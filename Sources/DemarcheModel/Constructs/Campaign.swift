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

/// One means of pressure: dated (`at`) or recurring at random (`every`: a
/// Poisson process with that mean interval, from the start of the campaign).
public struct Instrument: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case demarche, warning, threat, visit, tour
    }

    public enum Timing: Sendable {
        /// Once, at this clock time.
        case at(Double)
        /// Repeatedly, with exponential gaps of this mean (days).
        case every(ParameterID)
    }

    public var kind: Kind
    public var targets: [Int]
    public var timing: Timing
    public var magnitude: ParameterID
    public var event: EventID

    public init(kind: Kind, targets: [Int], timing: Timing, magnitude: ParameterID, event: EventID) {
        self.kind = kind
        self.targets = targets
        self.timing = timing
        self.magnitude = magnitude
        self.event = event
    }
}

import DemarcheKernel

/// An order's progress in one replication.
struct OrderState {
    enum Status {
        /// Not issued yet.
        case dormant
        /// Issued, its deadline ahead (extended or postponed or not).
        case pending
        /// Taken effect, or its compliance deadline missed (enforced or not).
        case inForce
        /// Suspended by a court; `enjoinedFrom` says what it was.
        case enjoined
        /// Complied, dropped or revoked: nothing more happens to it.
        case closed
    }

    /// A scheduled step and when it falls, so an injunction can pause it.
    struct Clock {
        var handle: EventHandle
        var due: Double
    }

    var status: Status = .dormant
    var issued = 0.0
    var deadline = 0.0
    var extensions = 0
    var postponements = 0
    /// Whether the court's dice were cast (once per order).
    var challengeDrawn = false
    var enjoinedFrom: Status = .pending
    /// What remained of the compliance and enforcement clocks when enjoined.
    var complianceLeft: Double?
    var enforcementLeft: Double?

    var deadlineEvent: EventHandle?
    var postponementEvent: EventHandle?
    var compliance: Clock?
    var enforcement: Clock?
    /// The next step of the court: filing, ruling or appeal.
    var courtEvent: EventHandle?

    /// Cancels every scheduled step (one by one: an array of them would be
    /// allocated on every close and injunction).
    func cancelScheduled(_ simulation: inout Simulation<ModelEvent>) {
        if let deadlineEvent { simulation.cancel(deadlineEvent) }
        if let postponementEvent { simulation.cancel(postponementEvent) }
        if let compliance { simulation.cancel(compliance.handle) }
        if let enforcement { simulation.cancel(enforcement.handle) }
        if let courtEvent { simulation.cancel(courtEvent) }
    }
}

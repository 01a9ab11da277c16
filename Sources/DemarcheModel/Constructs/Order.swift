import DemarcheKernel

/// An order against a target with an effective date or a compliance window:
/// the TikTok divestiture (comply within 90 days, extendable by 30) or the
/// WeChat transaction ban (in force from 20 September unless enjoined).
///
/// With `compliance`, the target complies after a random time (from issue, or
/// from the start for an order issued before it). At each deadline still
/// open, the deadline is extended with some probability (up to
/// `maxExtensions` times); otherwise an order with `compliance` is missed,
/// and a missed order is enforced with some probability after a delay, and
/// an order without `compliance` takes effect. A court challenge may be
/// filed and, at its ruling, enjoin the order if it is still pending or
/// extended (a ruling after the order took effect changes nothing); a
/// revocation ends it. Each transition is an event, `order.<id>.<status>`.
public struct Order: Sendable {
    public enum Status: String, CaseIterable, Sendable {
        case dormant, pending, complied, extended, enjoined, missed, enforced, effective, revoked
    }

    public struct Extension: Sendable {
        public var probability: ParameterID
        public var length: Delay
        public var maxExtensions: Int

        public init(probability: ParameterID, length: Delay, maxExtensions: Int) {
            self.probability = probability
            self.length = length
            self.maxExtensions = maxExtensions
        }
    }

    public struct Court: Sendable {
        public var probability: ParameterID
        public var filedAfter: Delay
        public var rulingAfter: Delay
        public var enjoinProbability: ParameterID

        public init(probability: ParameterID, filedAfter: Delay, rulingAfter: Delay, enjoinProbability: ParameterID) {
            self.probability = probability
            self.filedAfter = filedAfter
            self.rulingAfter = rulingAfter
            self.enjoinProbability = enjoinProbability
        }
    }

    public struct Enforcement: Sendable {
        public var probability: ParameterID
        public var delay: Delay

        public init(probability: ParameterID, delay: Delay) {
            self.probability = probability
            self.delay = delay
        }
    }

    public enum Issue: Sendable {
        /// Issued at this clock time (possibly before the start: already running).
        case at(Double)
        /// Issued when an effect activates it.
        case onActivation
    }

    public var id: String
    public var issuer: Int
    public var target: Int
    public var issue: Issue
    /// From issue to the deadline / effective date: days, or calendar months
    /// counted from the issue date (for an order issued on activation, the
    /// date it is activated).
    public var window: CalendarDuration
    public var compliance: Delay?
    public var extensionRule: Extension?
    public var court: Court?
    public var enforcement: Enforcement?
    /// Event per status, in `Status.allCases` order.
    public var events: [EventID]

    public init(
        id: String, issuer: Int, target: Int, issue: Issue, window: CalendarDuration, compliance: Delay?,
        extensionRule: Extension?, court: Court?, enforcement: Enforcement?, events: [EventID]
    ) {
        self.id = id
        self.issuer = issuer
        self.target = target
        self.issue = issue
        self.window = window
        self.compliance = compliance
        self.extensionRule = extensionRule
        self.court = court
        self.enforcement = enforcement
        self.events = events
    }

    public func event(_ status: Status) -> EventID {
        events[Status.allCases.firstIndex(of: status)!]  // allCases contains every status
    }
}

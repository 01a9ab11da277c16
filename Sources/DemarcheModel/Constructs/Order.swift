import DemarcheKernel

/// An order against a target with an effective date or a compliance window:
/// the TikTok divestiture (comply within 90 days, extendable by 30), the
/// WeChat transaction ban (in force from 20 September unless enjoined), a
/// regulator's licence revocation, an exchange's delisting.
///
/// With `compliance`, the target complies after a random time; if that falls
/// after the deadline, the deadline is extended with some probability (up to
/// `maxExtensions` times) or missed, and a missed order is enforced with some
/// probability after a delay. Without `compliance`, the order takes effect at
/// its deadline. Before the deadline the issuer may postpone it. A court
/// challenge may be filed, before or after the order takes effect, and its
/// ruling may enjoin the order, pending or in force, until an appeal
/// reinstates it; a revocation ends it. The ``Kind`` names the events and,
/// for licence revocations and delistings, changes what the deadline does.
/// Each step is an event, `order.<id>.<event>`.
public struct Order: Sendable {
    /// Everything that can happen to an order, by its generic name.
    public enum Event: String, CaseIterable, Sendable {
        case issued, postponed, extended, complied, challenged, enjoined
        case injunctionDenied = "injunction_denied"
        case reinstated
        case injunctionUpheld = "injunction_upheld"
        case missed, enforced, effective, dropped, revoked
    }

    /// When the deadline (the effective date, or the end of the compliance
    /// window) falls.
    public enum Deadline: Sendable {
        /// A duration from issue (calendar months count from the issue date).
        case window(CalendarDuration)
        /// A regulator's decision, a waiting time drawn from the later of
        /// issue and the start; at it the licence is revoked with the
        /// proceeding's probability, or the order is dropped.
        case proceeding(Proceeding)
    }

    public struct Proceeding: Sendable {
        public var decisionAfter: Delay
        public var probability: ParameterID

        public init(decisionAfter: Delay, probability: ParameterID) {
            self.decisionAfter = decisionAfter
            self.probability = probability
        }
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

    /// The issuer's postponement of a deadline that has not come yet: each
    /// time a deadline is set, while fewer than `maxPostponements` were
    /// made, with `probability` the issuer announces, `notice` before the
    /// deadline, that it moves later by `length`.
    public struct Postponement: Sendable {
        public var probability: ParameterID
        public var length: Delay
        public var maxPostponements: Int
        public var notice: Delay

        public init(probability: ParameterID, length: Delay, maxPostponements: Int, notice: Delay) {
            self.probability = probability
            self.length = length
            self.maxPostponements = maxPostponements
            self.notice = notice
        }
    }

    public struct Court: Sendable {
        /// What the filing delay counts from.
        public enum Clock: String, CaseIterable, Sendable {
            /// The later of issue and the start.
            case issue
            /// The moment the order comes into force (takes effect, or its
            /// compliance deadline is missed); no challenge if it never does.
            case effect
        }

        public var probability: ParameterID
        public var filedAfter: Delay
        public var from: Clock
        public var rulingAfter: Delay
        public var enjoinProbability: ParameterID
        public var appeal: Appeal?

        public init(
            probability: ParameterID, filedAfter: Delay, from: Clock, rulingAfter: Delay, enjoinProbability: ParameterID,
            appeal: Appeal?
        ) {
            self.probability = probability
            self.filedAfter = filedAfter
            self.from = from
            self.rulingAfter = rulingAfter
            self.enjoinProbability = enjoinProbability
            self.appeal = appeal
        }
    }

    /// The issuer's appeal of an injunction: made with `probability`, ruled
    /// `after` the injunction, reinstating the order with `reinstateProbability`.
    public struct Appeal: Sendable {
        public var probability: ParameterID
        public var after: Delay
        public var reinstateProbability: ParameterID

        public init(probability: ParameterID, after: Delay, reinstateProbability: ParameterID) {
            self.probability = probability
            self.after = after
            self.reinstateProbability = reinstateProbability
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
    public var kind: Kind
    public var issuer: Int
    public var target: Int
    public var issue: Issue
    public var deadline: Deadline
    public var compliance: Delay?
    public var extensionRule: Extension?
    public var postponement: Postponement?
    public var court: Court?
    public var enforcement: Enforcement?
    /// Event per ``Event``, in `Event.allCases` order.
    public var events: [EventID]

    public init(
        id: String, kind: Kind, issuer: Int, target: Int, issue: Issue, deadline: Deadline, compliance: Delay?,
        extensionRule: Extension?, postponement: Postponement?, court: Court?, enforcement: Enforcement?, events: [EventID]
    ) {
        self.id = id
        self.kind = kind
        self.issuer = issuer
        self.target = target
        self.issue = issue
        self.deadline = deadline
        self.compliance = compliance
        self.extensionRule = extensionRule
        self.postponement = postponement
        self.court = court
        self.enforcement = enforcement
        self.events = events
    }

    public func event(_ event: Event) -> EventID {
        events[Event.allCases.firstIndex(of: event)!]  // allCases contains every event
    }
}

extension Order {
    /// The kind of measure an order is: it names the order's events and, for
    /// licence revocations and exchange delistings, changes what its deadline
    /// does. The generic event names (`effective`, `complied`) stay valid
    /// aliases of the kind's own names.
    public enum Kind: String, CaseIterable, Sendable {
        /// A ban on transactions, in force from its deadline (with
        /// `compliance`: a window to comply, then missed and enforced).
        case transactionBan = "transaction_ban"
        /// A ban on investment, the same mechanics as a transaction ban.
        case investmentBan = "investment_ban"
        /// An order to sell within a window: `complied` is `divested`.
        case divestiture
        /// A regulator's proceeding: a notice (the issue), then a decision
        /// after a drawn delay that revokes the licence (`licence_revoked`)
        /// with a probability, or drops the proceeding (`dropped`).
        case licenceRevocation = "licence_revocation"
        /// An exchange's timetable: a notice, then delisting (`delisted`) at
        /// the deadline unless the target cures first (`cured`); a deadline
        /// reached uncured delists, it is never missed.
        case exchangeDelisting = "exchange_delisting"
        /// Listing on a restricted-entity list, in force (`listed`) from its
        /// deadline; there is nothing to comply with.
        case entityListing = "entity_listing"

        /// The kind's own name for `event`, where it has one.
        public func name(of event: Event) -> String? {
            switch (self, event) {
            case (.divestiture, .complied): "divested"
            case (.licenceRevocation, .effective): "licence_revoked"
            case (.exchangeDelisting, .effective): "delisted"
            case (.exchangeDelisting, .complied): "cured"
            case (.entityListing, .effective): "listed"
            default: nil
            }
        }

        /// Whether a deadline reached without compliance puts the measure in
        /// force (a delisting) rather than being missed.
        public var deadlineTakesEffect: Bool { self == .exchangeDelisting }

        /// Whether the order asks something of its target even without a
        /// compliance clock (a divestiture complied with by a `comply`
        /// effect), so that a deadline reached uncomplied is missed.
        public var awaitsCompliance: Bool { self == .divestiture }
    }
}

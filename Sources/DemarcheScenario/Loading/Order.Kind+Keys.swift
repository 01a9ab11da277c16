import DemarcheModel

/// Which keys of an order each kind requires or refuses, with the reason the
/// diagnostic gives.
extension Order.Kind {
    var requiredKeys: [(key: String, reason: String)] {
        switch self {
        case .transactionBan, .investmentBan: [("deadline", "the date it takes effect, or a duration from issue")]
        case .divestiture: [("deadline", "the end of the window to sell")]
        case .licenceRevocation: [("proceeding", "the regulator's decision, after a drawn delay")]
        case .exchangeDelisting: [("deadline", "the delisting date of the exchange's timetable")]
        case .entityListing: [("deadline", "the date the listing is in force; 0d for at once")]
        }
    }

    var refusedKeys: [(key: String, reason: String)] {
        let proceeding = ("proceeding", "has a deadline (a proceeding is for kind licence_revocation)")
        return switch self {
        case .transactionBan, .investmentBan, .divestiture: [proceeding]
        case .licenceRevocation: [
            ("deadline", "is decided by its 'proceeding', not at a deadline"),
            ("compliance", "is decided by the regulator: there is nothing to comply with"),
            ("extension", "is decided by the regulator (a 'postponement' delays the decision)"),
            ("enforcement", "takes effect when decided: nothing is enforced"),
        ]
        case .exchangeDelisting: [proceeding, ("enforcement", "delists at its deadline: nothing is enforced")]
        case .entityListing: [
            proceeding, ("compliance", "has nothing to comply with"), ("enforcement", "is in force from its deadline: nothing is enforced"),
        ]
        }
    }

    func refuses(_ key: String) -> Bool { refusedKeys.contains { $0.key == key } }
}

import DemarcheModel

extension ScenarioFormat {
    static let orderKindHelp = "Kind of measure (default transaction_ban); it names the order's events, and the generic names "
        + "(effective, complied) stay valid. transaction_ban, investment_ban: take effect at the deadline (event effective; "
        + "with 'compliance': complied, or missed and enforced). divestiture: a window to sell, complied with by "
        + "'compliance' or by a 'comply' effect (complied is named divested); a deadline reached unsold is missed. "
        + "licence_revocation: a regulator's 'proceeding' instead of a deadline: the notice is the issue, the decision revokes the licence (licence_revoked) or drops the order (dropped). exchange_delisting: an "
        + "exchange's timetable: the notice is the issue, delisting (delisted) at the deadline unless the target cures first "
        + "('compliance'; cured); never missed or enforced. entity_listing: on the list (listed) from the deadline; nothing "
        + "to comply with."

    /// Orders and their steps: deadlines, postponements, extensions, courts,
    /// appeals, a regulator's proceeding, enforcement.
    static let orderDefinitions: [String: [Field]] = [
        "order": [
            field("kind", .oneOf(["transaction_ban", "investment_ban", "divestiture", "licence_revocation",
                                  "exchange_delisting", "entity_listing"]), orderKindHelp),
            field("issuer", .id, required: true, "Actor id."),
            field("target", .id, required: true, "Actor id."),
            field("issued", .issue, required: true, "Date, or on_activation (a licence revocation's or a delisting's notice)."),
            field("deadline", .deadline,
                  "Duration from issue, or a date: the effective date or the end of the compliance window (required, except "
                  + "for licence_revocation)."),
            field("compliance", .delay,
                  "Time for the target to comply (omit for a ban that takes effect; a delisting's cure; a divestiture's sale, unless a 'comply' effect closes it)."),
            field("extension", .object("extension"), "Extensions of the deadline, granted when it comes."),
            field("postponement", .object("postponement"),
                  "The issuer's postponements of the deadline before it comes (event order.<id>.postponed)."),
            field("proceeding", .object("proceeding"), "licence_revocation: the regulator's decision."),
            field("court", .object("court"), "A court challenge, at most one per order."),
            field("enforcement", .object("enforcement"), "What follows a missed deadline."),
            field("source", .string, sourceHelp),
        ],
        "extension": [
            field("probability", .parameter(.unitInterval), required: true, "Chance of an extension at each deadline."),
            field("length", .delay, required: true, "Length of an extension, from the deadline."),
            field("max", .integer(0...100), "Most extensions (default 1)."),
        ],
        "postponement": [
            field("probability", .parameter(.unitInterval), required: true,
                  "Chance, each time a deadline is set (at issue, after a postponement or an extension), that the issuer postpones it."),
            field("length", .delay, required: true, "How much later the deadline moves."),
            field("max", .integer(0...100), "Most postponements (default 1)."),
            field("notice", .delay, "How long before the deadline the postponement is announced (default 0d)."),
        ],
        "proceeding": [
            field("decision_after", .delay, required: true, "From the notice (or the start, if later) to the regulator's decision."),
            field("probability", .parameter(.unitInterval), required: true,
                  "Chance the decision revokes the licence (otherwise order.<id>.dropped)."),
        ],
        "court": [
            field("probability", .parameter(.unitInterval), required: true, "Chance a challenge is filed."),
            field("filed_after", .delay, required: true, "From the clock named by 'from' to filing (event order.<id>.challenged)."),
            field("from", .oneOf(["issue", "effect"]),
                  "What filed_after counts from: issue (default; the later of issue and the start) or effect (when the order "
                  + "takes effect or its compliance deadline is missed; no challenge if that never happens)."),
            field("ruling_after", .delay, required: true, "From filing to ruling."),
            field("enjoin_probability", .parameter(.unitInterval), required: true,
                  "Chance the ruling enjoins the order, pending or in force (order.<id>.enjoined; otherwise order.<id>.injunction_denied)."),
            field("appeal", .object("appeal"), "The issuer's appeal of an injunction (without it, an injunction lasts)."),
        ],
        "appeal": [
            field("probability", .parameter(.unitInterval), "Chance the issuer appeals an injunction (default 1)."),
            field("after", .delay, required: true, "From the injunction to the appeal's ruling."),
            field("reinstate_probability", .parameter(.unitInterval), required: true,
                  "Chance the appeal reinstates the order (order.<id>.reinstated; otherwise order.<id>.injunction_upheld)."),
        ],
        "enforcement": [
            field("probability", .parameter(.unitInterval), required: true, "Chance a missed order is enforced."),
            field("delay", .delay, "From the missed deadline to enforcement (default 0d)."),
        ],
    ]
}

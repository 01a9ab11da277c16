import DemarcheModel

/// The scenario format, declared once: every object type, its keys, what each
/// key holds and what it means. The reader refuses keys not declared here
/// (with a did-you-mean), and `demarche schema` renders it as JSON Schema, so
/// the two cannot drift apart; a test checks that every declared key is read.
enum ScenarioFormat {
    /// What a key holds.
    indirect enum Shape: Sendable {
        case string, boolean, date, eventName
        /// A whole number in the range the reader accepts.
        case integer(ClosedRange<Int>)
        /// A format version: the reader reads version 1 only.
        case version
        /// A plain number (no parameter object), in the constraint's range if there is one.
        case number(ParameterConstraint?)
        /// A number of days, or a duration such as 90d (a sweep's factor values).
        case days
        /// A number or text: a value of a case file.
        case scalar
        /// A number, `{value, source}` or `{dist: ..., source}` in the
        /// constraint's range; a `.duration` accepts durations (90d) too.
        case parameter(ParameterConstraint)
        /// A waiting time: a duration, or a distribution of durations.
        case delay
        case id
        /// One id or a list of ids.
        case ids
        case oneOf([String])
        case object(String)
        /// An object, or nothing (`~`) for its defaults.
        case objectOrNull(String)
        /// A list, or one item for a list of one.
        case list(Shape)
        /// A mapping from ids to values.
        case map(Shape)
        /// A mapping from parameter paths (`actors.uk.alignment`) to values.
        case pathMap(Shape)
        /// A date, or `on_activation`.
        case issue
        /// A duration from issue, or a date.
        case deadline
    }

    struct Field: Sendable {
        let name: String
        let shape: Shape
        let required: Bool
        let help: String
    }

    static func field(_ name: String, _ shape: Shape, required: Bool = false, _ help: String) -> Field {
        Field(name: name, shape: shape, required: required, help: help)
    }

    static let sourceHelp = "Where it comes from: items separated by ',' or ';', each a source id declared in 'sources:', "
        + "'assumption', or 'reference: PATH#cause' (a reference class relative to this file), optionally followed by a note in "
        + "parentheses: \"A2 (Europe reluctant); assumption\"."

    /// What `dist:` may name: `fixed` (refused, with a hint to write `value:`) and the table's distributions.
    static let distributionNames = ["fixed"] + distributions.map(\.name)

    static let effectFields: [Field] = [
        field("revoke", .ids, "Orders to revoke if pending, extended, missed or in force."),
        field("comply", .ids, "Orders the target complies with, if pending, missed (in force) or enjoined: each closes as complied "
              + "(a divestiture's divested). How a decision's option complies with an order."),
        field("activate", .ids, "Dormant orders, decisions or campaigns to start (an id that names two of them is refused: rename one)."),
        field("stop", .ids, "Campaigns to stop."),
        field("pressure", .object("pressure_effect"), "A pressure impulse on actors."),
        field("adjust", .object("adjust_effect"), "Add to an actor's attribute (clamped to 0…1)."),
    ]

    /// Every definition of a scenario file: the table below, the campaigns'
    /// and decisions' (`ScenarioFormat+Campaigns`) and the orders'
    /// (`ScenarioFormat+Orders`).
    static let definitions: [String: [Field]] = coreDefinitions
        .merging(campaignDefinitions) { _, campaign in campaign }
        .merging(orderDefinitions) { _, order in order }

    static let coreDefinitions: [String: [Field]] = [
        "scenario": [
            field("demarche", .version, required: true, "Format version; must be 1."),
            field("name", .string, required: true, "Title of the scenario."),
            field("description", .string, "What the scenario models."),
            field("as_of", .date, required: true, "The forecast may only use what was known on this date."),
            field("start", .date, required: true, "Clock day 0."),
            field("horizon", .date, required: true, "Last day simulated, to its end."),
            field("max_events", .integer(1...1_000_000_000), "Events one replication may process before it is a runaway (default 1,000,000)."),
            field("sources", .map(.object("declared_source")),
                  "The sources that 'source:' annotations cite by id, each dated; none may be published after as_of."),
            field("actors", .map(.object("actor")), required: true, "States, firms, operators, regulators, courts, blocs."),
            field("relations", .list(.object("relation")), "Weighted ties; they scale the sender's leverage."),
            field("markets", .map(.object("market")), "Country × sector markets with vendor shares."),
            field("campaigns", .map(.object("campaign")), "Pressure applied by a sender on targets."),
            field("decisions", .map(.object("decision")), "Targets' choices as proportional hazards."),
            field("orders", .map(.object("order")), "Orders with deadlines or effective dates."),
            field("shocks", .map(.object("shock")), "Scheduled events with uncertain outcomes (elections)."),
            field("escalations", .map(.object("escalation")), "Stochastic widening of a campaign."),
            field("triggers", .map(.object("trigger")), "On event, if conditions, then effects."),
            field("countermeasures", .map(.object("countermeasure")), "Patron retaliation against compliers."),
            field("outcomes", .map(.object("outcome")), required: true, "What the report measures."),
        ],
        "declared_source": [
            field("published", .date, required: true, "When it became public; no later than the scenario's as_of."),
            field("citation", .string, required: true, "What it is, as it should be cited."),
            field("url", .string, "Where to read it."),
        ],
        "actor": [
            field("kind", .oneOf(["state", "firm", "operator", "regulator", "court", "bloc"]), required: true, "Kind of actor."),
            field("name", .string, "Display name."),
            field("alignment", .parameter(.unitInterval), "Alignment with the sender, 0…1 (default 0.5)."),
            field("dependence", .parameter(.unitInterval), "Dependence on the vendor, 0…1 (default 0)."),
            field("opposition", .parameter(.unitInterval), "Domestic opposition to complying, 0…1 (default 0)."),
        ],
        "relation": [
            field("from", .id, required: true, "Actor id."),
            field("to", .id, required: true, "Actor id."),
            field("kind", .oneOf(["alliance", "intelligence", "trade"]), required: true, "Kind of tie."),
            field("weight", .parameter(.nonNegative), "Added to the sender's leverage over the target, 1 + Σ weights, which multiplies instruments' magnitudes (default 0.5)."),
        ],
        "market": [
            field("country", .id, required: true, "Actor id of the country."),
            field("sector", .string, required: true, "Sector, e.g. '5G RAN'."),
            field("shares", .map(.parameter(.nonNegative)), required: true, "Vendor → share or weight, ≥ 0 (normalised to sum to 1)."),
        ],
        "shock": [
            field("at", .date, required: true, "Date, on or after the start."),
            field("source", .string, sourceHelp),
            field("outcomes", .map(.object("shock_outcome")), required: true, "Outcomes, at least one; fixed probabilities sum to 1, "
                  + "drawn ones can never sum past 1 (the last outcome takes what they leave)."),
        ],
        "shock_outcome": [
            field("probability", .parameter(.unitInterval), required: true, "Chance of this outcome."),
            field("then", .list(.object("consequence")), "Consequences of this outcome."),
        ],
        "consequence": [
            field("probability", .parameter(.unitInterval), "Chance the effects happen (default 1)."),
            field("after", .delay, "Delay (default 0d)."),
        ] + effectFields,
        "escalation": [
            field("probability", .parameter(.unitInterval), required: true, "Chance it happens."),
            field("after", .delay, required: true, "Delay from the start."),
            field("source", .string, sourceHelp),
        ] + effectFields,
        "trigger": [
            field("on", .list(.eventName), required: true, "Event names that set it off (at least one)."),
            field("if", .list(.object("condition")), "Conditions that must all hold."),
            field("probability", .parameter(.unitInterval), "Chance it fires (default 1)."),
            field("after", .delay, "Delay (default 0d)."),
            field("max_firings", .integer(1...1_000_000), "Most firings per replication (default 1); a failed probability draw is not a firing."),
        ] + effectFields,
        "condition": [
            field("occurred", .list(.eventName), "Events of which at least 'at_least' occurred."),
            field("at_least", .integer(1...Int.max), "With 'occurred' (default 1)."),
            field("not_occurred", .list(.eventName), "Events none of which occurred."),
            field("actor", .id, "With 'attribute'."),
            field("attribute", .oneOf(["alignment", "dependence", "opposition"]), "An actor attribute."),
            field("above", .parameter(.unitInterval), "The attribute is above this."),
            field("below", .parameter(.unitInterval), "The attribute is below this."),
        ],
        "countermeasure": [
            field("by", .id, required: true, "Actor id of the patron."),
            field("decisions", .ids, required: true, "Decision ids whose compliance is punished."),
            field("formal", .object("countermeasure_reaction"), "A formal measure against the complier (event "
                  + "countermeasure.<id>.formal, also named countermeasure.<id>); the effects apply with it."),
            field("rhetoric", .object("countermeasure_reaction"), "Rhetoric against the complier (event countermeasure.<id>.rhetoric), "
                  + "drawn independently of the formal measure; it costs nothing and changes no hazard."),
            field("probability", .parameter(.unitInterval), "Older spelling of formal.probability (not with 'formal')."),
            field("after", .delay, "Older spelling of formal.after (not with 'formal')."),
            field("severity", .parameter(.nonNegative), "Cost of the formal measure to the actor it hits, added to the 'cost' covariate "
                  + "of that actor's decisions; formal probability × severity is the threatened retaliation in the punished "
                  + "decisions' hazards (default 1)."),
            field("source", .string, sourceHelp),
        ] + effectFields,
        "countermeasure_reaction": [
            field("probability", .parameter(.unitInterval), required: true, "Chance it follows a complying decision."),
            field("after", .delay, "Delay from the decision (default 0d)."),
        ],
        "pressure_effect": [
            field("on", .ids, required: true, "Actor ids (at least one)."),
            field("magnitude", .parameter(.real), required: true, "Pressure added."),
            field("half_life", .parameter(.duration), "Half-life (default 60d)."),
        ],
        "adjust_effect": [
            field("actor", .id, required: true, "Actor id."),
            field("attribute", .oneOf(["alignment", "dependence", "opposition"]), required: true, "Attribute."),
            field("by", .parameter(.real), required: true, "Amount added."),
        ],
        "outcome": [
            field("label", .string, "What it means, in words."),
            field("event", .list(.eventName), "Time of the first of these events (at least one)."),
            field("by", .date, "With 'event' or 'count': the headline probability is of the event by the end of this day (default: horizon)."),
            field("checkpoints", .list(.date), "With 'event': dates at which to report P(event by the end of the day)."),
            field("count", .list(.eventName), "How many of these events occurred by 'by' (at least one)."),
            field("in_force", .id, "An order id: whether the order is in force (taken effect or its deadline missed, not enjoined, revoked or closed) at the end of day 'on'."),
            field("on", .date, "With 'in_force': the day at whose end the order is observed (default: horizon)."),
            field("share", .object("share_outcome"), "A vendor's market share at the horizon."),
            field("attribute", .object("attribute_outcome"), "An actor's attribute at the horizon."),
        ],
        "share_outcome": [
            field("market", .id, required: true, "Market id."),
            field("vendor", .string, required: true, "Vendor."),
        ],
        "attribute_outcome": [
            field("actor", .id, required: true, "Actor id."),
            field("attribute", .oneOf(["alignment", "dependence", "opposition"]), required: true, "Attribute."),
        ],
        "sweep": [
            field("demarche_sweep", .version, required: true, "Sweep format version; must be 1."),
            field("scenario", .string, required: true, "The scenario file, relative to the sweep file."),
            field("design", .oneOf(["grid", "rows", "lhs", "sobol", "saltelli", "oat"]), required: true, "How variants are chosen."),
            field("samples", .integer(0...1_000_000), "lhs, sobol: number of variants; saltelli: base sample size N (N·(k+2) variants)."),
            field("rows", .list(.list(.days)), "rows: one list of factor values per variant."),
            field("from", .string, "rows: a CSV file (header: factor paths) relative to the sweep file."),
            field("runs", .integer(1...100_000_000), "Replications per variant (default 1,000)."),
            field("seed", .integer(0...Int.max), "Master seed (default 1); replication r uses the same streams in every variant."),
            field("factors", .pathMap(.object("sweep_factor")), required: true, "Scenario parameter paths and their ranges."),
        ],
        "sweep_factor": [
            field("low", .days, "Lower end of the range (lhs, sobol, saltelli, oat)."),
            field("high", .days, "Upper end of the range."),
            field("base", .days, "oat: the value the other factors keep (default: the middle of the range)."),
            field("values", .list(.days), "grid: the values to take."),
            field("label", .string, "What reports and charts call the factor (default: its path); one line, at most 80 characters, unique."),
        ],
        "parameter": [
            field("value", .scalar, "A fixed value."),
            field("dist", .oneOf(distributionNames), "A distribution, drawn once per replication (or per use for delays). Its draws "
                  + "must stay in the key's range: a bounded one by its support, an unbounded one (normal, lognormal, gamma, weibull, "
                  + "exponential, poisson) by its 1e-12 and 1 − 1e-12 quantiles; a draw that still falls outside stops the run."),
            field("source", .string, sourceHelp),
            field("low", .scalar, "uniform, triangular, truncated_normal."),
            field("mode", .scalar, "triangular."),
            field("high", .scalar, "uniform, triangular, truncated_normal."),
            field("mean", .scalar, "normal, truncated_normal, exponential, poisson."),
            field("sd", .scalar, "normal, truncated_normal."),
            field("mu", .scalar, "lognormal: mean of the log (of days, for delays)."),
            field("sigma", .scalar, "lognormal: sd of the log."),
            field("shape", .scalar, "gamma, weibull."),
            field("scale", .scalar, "gamma, weibull."),
            field("alpha", .scalar, "beta."),
            field("beta", .scalar, "beta."),
            field("p", .scalar, "bernoulli."),
            field("values", .list(.scalar), "discrete, empirical."),
            field("weights", .list(.scalar), "discrete."),
        ],
    ]

    static func fields(of definition: String) -> [Field] {
        // Every caller names a definition of the table above.
        guard let fields = definitions[definition] ?? referenceDefinitions[definition] ?? resolutionsDefinitions[definition] else {
            preconditionFailure("no format definition '\(definition)'")
        }
        return fields
    }
}

/// The scenario format, declared once: every object type, its keys, what each
/// key holds and what it means. The reader refuses keys not declared here
/// (with a did-you-mean), and `demarche schema` renders it as JSON Schema, so
/// the two cannot drift apart; a test checks that every declared key is read.
enum ScenarioFormat {
    /// What a key holds.
    indirect enum Shape: Sendable {
        case string, integer, number, boolean, date, eventName
        /// A number or text: a distribution's argument (a number, or a
        /// duration such as 90d), a value of a case file or a sweep.
        case scalar
        /// A number, `{value, source}` or `{dist: ..., source}`; `days` accepts durations.
        case parameter(days: Bool)
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

    static let distributionNames = [
        "fixed", "uniform", "triangular", "normal", "truncated_normal", "lognormal", "gamma", "beta", "weibull",
        "exponential", "bernoulli", "poisson", "discrete", "empirical",
    ]

    static let effectFields: [Field] = [
        field("revoke", .ids, "Orders to revoke if pending, extended, missed or in force."),
        field("activate", .ids, "Dormant orders, decisions or campaigns to start (an id that names two of them is refused: rename one)."),
        field("stop", .ids, "Campaigns to stop."),
        field("pressure", .object("pressure_effect"), "A pressure impulse on actors."),
        field("adjust", .object("adjust_effect"), "Add to an actor's attribute (clamped to 0…1)."),
    ]

    /// Every definition of a scenario file: the table below and the orders'
    /// (`ScenarioFormat+Orders`).
    static let definitions: [String: [Field]] = coreDefinitions.merging(orderDefinitions) { _, order in order }

    static let coreDefinitions: [String: [Field]] = [
        "scenario": [
            field("demarche", .integer, required: true, "Format version; must be 1."),
            field("name", .string, required: true, "Title of the scenario."),
            field("description", .string, "What the scenario models."),
            field("as_of", .date, required: true, "The forecast may only use what was known on this date."),
            field("start", .date, required: true, "Clock day 0."),
            field("horizon", .date, required: true, "Last day simulated, to its end."),
            field("max_events", .integer, "Events one replication may process before it is a runaway (default 1,000,000)."),
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
            field("alignment", .parameter(days: false), "Alignment with the sender, 0…1 (default 0.5)."),
            field("dependence", .parameter(days: false), "Dependence on the vendor, 0…1 (default 0)."),
            field("opposition", .parameter(days: false), "Domestic opposition to complying, 0…1 (default 0)."),
        ],
        "relation": [
            field("from", .id, required: true, "Actor id."),
            field("to", .id, required: true, "Actor id."),
            field("kind", .oneOf(["alliance", "intelligence", "trade"]), required: true, "Kind of tie."),
            field("weight", .parameter(days: false), "Added to the sender's leverage over the target, 1 + Σ weights, which multiplies instruments' magnitudes (default 0.5)."),
        ],
        "market": [
            field("country", .id, required: true, "Actor id of the country."),
            field("sector", .string, required: true, "Sector, e.g. '5G RAN'."),
            field("shares", .map(.parameter(days: false)), required: true, "Vendor → share or weight, ≥ 0 (normalised to sum to 1)."),
        ],
        "campaign": [
            field("sender", .id, required: true, "Actor id of the sender."),
            field("vendor", .string, required: true, "The vendor to be excluded."),
            field("targets", .ids, required: true, "Actor ids."),
            field("half_life", .parameter(days: true), "Half-life of pressure (default 60d)."),
            field("active", .boolean, "Whether it runs from the start (default true)."),
            field("instruments", .list(.object("instrument")), required: true, "Means of pressure."),
        ],
        "instrument": [
            field("id", .id, "Its name in the campaign, which names a threat's follow-through events "
                  + "campaign.<campaign>.<id>.carried_out and .dropped (required with them)."),
            field("kind", .oneOf(["demarche", "warning", "threat", "visit", "tour"]), required: true, "Kind of instrument."),
            field("targets", .ids, "Actor ids (default: all the campaign's targets)."),
            field("at", .date, "Date (a dated instrument); give one of 'at', 'every' and 'poisson'."),
            field("every", .parameter(days: true), "Exact period of a recurring instrument: it lands one period after the campaign "
                  + "starts, then every period (a distribution is drawn once per replication, not per gap)."),
            field("poisson", .object("poisson_recurrence"), "Random recurrence: a Poisson process with exponential gaps of this mean, "
                  + "from the campaign's start."),
            field("magnitude", .parameter(days: false), "Pressure added to each target, times the sender's leverage over it (default 1)."),
            field("carried_out", .object("threat_carried_out"), "A threat only: the sender may carry it out."),
            field("dropped", .object("threat_dropped"), "A threat only: the sender may drop it."),
        ],
        "poisson_recurrence": [
            field("mean", .parameter(days: true), required: true,
                  "Mean gap between firings (drawn once per replication if a distribution)."),
        ],
        "threat_carried_out": [
            field("probability", .parameter(days: false), required: true,
                  "Chance, drawn when the threat is first made, that it is carried out (exclusive of 'dropped': "
                  + "the two sum to at most 1)."),
            field("after", .delay, "From the threat to the measure (default 0d)."),
            field("magnitude", .parameter(days: false), "Pressure the measure adds to each target (default: the threat's magnitude)."),
            field("unless", .list(.eventName), "Events any of which, having happened by then, cancel it (the target complied first)."),
        ] + effectFields,
        "threat_dropped": [
            field("probability", .parameter(days: false), required: true,
                  "Chance, drawn when the threat is first made, that it is dropped."),
            field("after", .delay, "From the threat to dropping it (default 0d)."),
            field("unless", .list(.eventName), "Events any of which, having happened by then, cancel it."),
        ] + effectFields,
        "decision": [
            field("actor", .id, required: true, "Actor id of the decider."),
            field("monthly_hazard", .parameter(days: false), "Constant baseline hazard per 30 days (or 'weibull')."),
            field("weibull", .object("weibull_baseline"), "Weibull baseline h0(a) = (k/λ)(a/λ)^(k−1) in the age a (or 'monthly_hazard')."),
            field("since", .date, "When the case began: age 0 of the baseline and the ends (default: when the decision becomes active)."),
            field("ends", .map(.object("decision_end")), "Competing ways the case ends without compliance, by cause (event decision.<id>.<cause>); no covariates."),
            field("cost", .parameter(days: false), "Cost of compliance, the 'cost' covariate (default 0)."),
            field("coefficients", .object("coefficients"), "Log hazard ratio per unit of each covariate."),
            field("peers", .ids, "Decision ids whose compliance counts for the 'peers' covariate."),
            field("options", .map(.objectOrNull("option")), required: true, "What the actor may decide (~: weight 1, no exclusion); "
                  + "some option must be able to weigh more than 0."),
            field("decided", .object("prior"), "Already decided, on or before the start."),
            field("active", .boolean, "Whether it runs from the start (default true; false for a stage an option opens)."),
            field("requires", .list(.eventName), "Events that must all have happened before it becomes active: until the last "
                  + "of them it waits, and its age (without 'since') starts then."),
        ],
        "weibull_baseline": [
            field("shape", .parameter(days: false), required: true, "Shape k > 0 (k < 1: hazard falls with age)."),
            field("scale", .parameter(days: true), required: true, "Scale λ > 0, in days."),
        ],
        "decision_end": [
            field("monthly_hazard", .parameter(days: false), "Constant hazard per 30 days (or 'weibull')."),
            field("weibull", .object("weibull_baseline"), "Weibull hazard in the case's age (or 'monthly_hazard')."),
        ],
        "coefficients": [
            field("pressure", .parameter(days: false), "Per unit of pressure."),
            field("alignment", .parameter(days: false), "Per unit of alignment."),
            field("cost", .parameter(days: false), "Per unit of cost."),
            field("peers", .parameter(days: false), "Per unit of peer compliance share."),
            field("opposition", .parameter(days: false), "Per unit of opposition."),
            field("retaliation", .parameter(days: false), "Per unit of threatened retaliation."),
        ],
        "option": [
            field("weight", .parameter(days: false), "Relative probability once the decision is taken (default 1)."),
            field("complies", .boolean, "Counts as complying (default: true if it has an exclusion)."),
            field("exclusion", .object("exclusion"), "What it does to a market."),
            field("opens", .ids, "Dormant decisions (active: false) that choosing it activates: the next stage."),
        ],
        "exclusion": [
            field("market", .id, required: true, "Market id."),
            field("vendor", .string, required: true, "Vendor excluded."),
            field("kind", .oneOf(["full", "core_only", "cap"]), required: true, "Full ban, core only, or share cap."),
            field("core_fraction", .parameter(days: false), "core_only: share of the market that is core (default 0.3)."),
            field("cap", .parameter(days: false), "cap: the maximum share."),
            field("phase_out", .delay, "Delay until shares change (default 0d)."),
        ],
        "prior": [
            field("option", .string, required: true, "The option taken."),
            field("on", .date, required: true, "When: on or before the start."),
            field("source", .string, sourceHelp),
        ],
        "shock": [
            field("at", .date, required: true, "Date, on or after the start."),
            field("source", .string, sourceHelp),
            field("outcomes", .map(.object("shock_outcome")), required: true, "Outcomes, at least one; fixed probabilities sum to 1, "
                  + "drawn ones can never sum past 1 (the last outcome takes what they leave)."),
        ],
        "shock_outcome": [
            field("probability", .parameter(days: false), required: true, "Chance of this outcome."),
            field("then", .list(.object("consequence")), "Consequences of this outcome."),
        ],
        "consequence": [
            field("probability", .parameter(days: false), "Chance the effects happen (default 1)."),
            field("after", .delay, "Delay (default 0d)."),
        ] + effectFields,
        "escalation": [
            field("probability", .parameter(days: false), required: true, "Chance it happens."),
            field("after", .delay, required: true, "Delay from the start."),
            field("source", .string, sourceHelp),
        ] + effectFields,
        "trigger": [
            field("on", .list(.eventName), required: true, "Event names that set it off (at least one)."),
            field("if", .list(.object("condition")), "Conditions that must all hold."),
            field("probability", .parameter(days: false), "Chance it fires (default 1)."),
            field("after", .delay, "Delay (default 0d)."),
            field("max_firings", .integer, "Most firings per replication (default 1); a failed probability draw is not a firing."),
        ] + effectFields,
        "condition": [
            field("occurred", .list(.eventName), "Events of which at least 'at_least' occurred."),
            field("at_least", .integer, "With 'occurred' (default 1)."),
            field("not_occurred", .list(.eventName), "Events none of which occurred."),
            field("actor", .id, "With 'attribute'."),
            field("attribute", .oneOf(["alignment", "dependence", "opposition"]), "An actor attribute."),
            field("above", .parameter(days: false), "The attribute is above this."),
            field("below", .parameter(days: false), "The attribute is below this."),
        ],
        "countermeasure": [
            field("by", .id, required: true, "Actor id of the patron."),
            field("decisions", .ids, required: true, "Decision ids whose compliance is punished."),
            field("formal", .object("countermeasure_reaction"), "A formal measure against the complier (event "
                  + "countermeasure.<id>.formal, also named countermeasure.<id>); the effects apply with it."),
            field("rhetoric", .object("countermeasure_reaction"), "Rhetoric against the complier (event countermeasure.<id>.rhetoric), "
                  + "drawn independently of the formal measure; it costs nothing and changes no hazard."),
            field("probability", .parameter(days: false), "Older spelling of formal.probability (not with 'formal')."),
            field("after", .delay, "Older spelling of formal.after (not with 'formal')."),
            field("severity", .parameter(days: false), "Cost of the formal measure to the actor it hits, added to the 'cost' covariate "
                  + "of that actor's decisions; formal probability × severity is the threatened retaliation in the punished "
                  + "decisions' hazards (default 1)."),
            field("source", .string, sourceHelp),
        ] + effectFields,
        "countermeasure_reaction": [
            field("probability", .parameter(days: false), required: true, "Chance it follows a complying decision."),
            field("after", .delay, "Delay from the decision (default 0d)."),
        ],
        "pressure_effect": [
            field("on", .ids, required: true, "Actor ids (at least one)."),
            field("magnitude", .parameter(days: false), required: true, "Pressure added."),
            field("half_life", .parameter(days: true), "Half-life (default 60d)."),
        ],
        "adjust_effect": [
            field("actor", .id, required: true, "Actor id."),
            field("attribute", .oneOf(["alignment", "dependence", "opposition"]), required: true, "Attribute."),
            field("by", .parameter(days: false), required: true, "Amount added."),
        ],
        "outcome": [
            field("label", .string, "What it means, in words."),
            field("event", .list(.eventName), "Time of the first of these events (at least one)."),
            field("by", .date, "With 'event' or 'count': the headline probability is of the event by the end of this day (default: horizon)."),
            field("checkpoints", .list(.date), "With 'event': dates at which to report P(event by the end of the day)."),
            field("count", .list(.eventName), "How many of these events occurred by 'by' (at least one)."),
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
            field("demarche_sweep", .integer, required: true, "Sweep format version; must be 1."),
            field("scenario", .string, required: true, "The scenario file, relative to the sweep file."),
            field("design", .oneOf(["grid", "rows", "lhs", "sobol", "saltelli", "oat"]), required: true, "How variants are chosen."),
            field("samples", .integer, "lhs, sobol: number of variants; saltelli: base sample size N (N·(k+2) variants)."),
            field("rows", .list(.list(.scalar)), "rows: one list of factor values per variant."),
            field("from", .string, "rows: a CSV file (header: factor paths) relative to the sweep file."),
            field("runs", .integer, "Replications per variant (default 1,000)."),
            field("seed", .integer, "Master seed (default 1); replication r uses the same streams in every variant."),
            field("factors", .map(.object("sweep_factor")), required: true, "Scenario parameter paths and their ranges."),
        ],
        "sweep_factor": [
            field("low", .scalar, "Lower end of the range (lhs, sobol, saltelli, oat)."),
            field("high", .scalar, "Upper end of the range."),
            field("base", .scalar, "oat: the value the other factors keep (default: the middle of the range)."),
            field("values", .list(.scalar), "grid: the values to take."),
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

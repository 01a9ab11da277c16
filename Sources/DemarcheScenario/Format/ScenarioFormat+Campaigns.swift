import DemarcheModel

extension ScenarioFormat {
    /// Campaigns and their instruments (threats carried out or dropped,
    /// periodic or Poisson recurrence), and decisions with their baselines,
    /// competing ends, covariates, options and stages.
    static let campaignDefinitions: [String: [Field]] = [
        "campaign": [
            field("sender", .id, required: true, "Actor id of the sender."),
            field("vendor", .string, required: true, "The vendor to be excluded."),
            field("targets", .ids, required: true, "Actor ids."),
            field("half_life", .parameter(.duration), "Half-life of pressure (default 60d)."),
            field("active", .boolean, "Whether it runs from the start (default true)."),
            field("instruments", .list(.object("instrument")), required: true, "Means of pressure."),
        ],
        "instrument": [
            field("id", .id, "Its name in the campaign, which names a threat's follow-through events "
                  + "campaign.<campaign>.<id>.carried_out and .dropped (required with them)."),
            field("kind", .oneOf(["demarche", "warning", "threat", "visit", "tour"]), required: true, "Kind of instrument."),
            field("targets", .ids, "Actor ids (default: all the campaign's targets)."),
            field("at", .date, "Date (a dated instrument); give one of 'at', 'every' and 'poisson'."),
            field("every", .parameter(.duration), "Exact period of a recurring instrument: it lands one period after the campaign "
                  + "starts, then every period (a distribution is drawn once per replication, not per gap)."),
            field("poisson", .object("poisson_recurrence"), "Random recurrence: a Poisson process with exponential gaps of this mean, "
                  + "from the campaign's start."),
            field("magnitude", .parameter(.nonNegative), "Pressure added to each target, times the sender's leverage over it (default 1)."),
            field("carried_out", .object("threat_carried_out"), "A threat only: the sender may carry it out."),
            field("dropped", .object("threat_dropped"), "A threat only: the sender may drop it."),
        ],
        "poisson_recurrence": [
            field("mean", .parameter(.duration), required: true,
                  "Mean gap between firings (drawn once per replication if a distribution)."),
        ],
        "threat_carried_out": [
            field("probability", .parameter(.unitInterval), required: true,
                  "Chance, drawn when the threat is first made, that it is carried out (exclusive of 'dropped': "
                  + "the two sum to at most 1)."),
            field("after", .delay, "From the threat to the measure (default 0d)."),
            field("magnitude", .parameter(.nonNegative), "Pressure the measure adds to each target (default: the threat's magnitude)."),
            field("unless", .list(.eventName), "Events any of which, having happened by then, cancel it (the target complied first)."),
        ] + effectFields,
        "threat_dropped": [
            field("probability", .parameter(.unitInterval), required: true,
                  "Chance, drawn when the threat is first made, that it is dropped."),
            field("after", .delay, "From the threat to dropping it (default 0d)."),
            field("unless", .list(.eventName), "Events any of which, having happened by then, cancel it."),
        ] + effectFields,
        "decision": [
            field("actor", .id, required: true, "Actor id of the decider."),
            field("monthly_hazard", .parameter(.nonNegative), "Constant baseline hazard per 30 days (or 'weibull')."),
            field("weibull", .object("weibull_baseline"), "Weibull baseline h0(a) = (k/λ)(a/λ)^(k−1) in the age a (or 'monthly_hazard')."),
            field("since", .date, "When the case began: age 0 of the baseline and the ends (default: when the decision becomes active)."),
            field("ends", .map(.object("decision_end")), "Competing ways the case ends without compliance, by cause (event decision.<id>.<cause>); no covariates."),
            field("cost", .parameter(.real), "Cost of compliance, the 'cost' covariate (default 0)."),
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
            field("shape", .parameter(.positive), required: true, "Shape k > 0 (k < 1: hazard falls with age)."),
            field("scale", .parameter(.duration), required: true, "Scale λ > 0, in days."),
        ],
        "decision_end": [
            field("monthly_hazard", .parameter(.nonNegative), "Constant hazard per 30 days (or 'weibull')."),
            field("weibull", .object("weibull_baseline"), "Weibull hazard in the case's age (or 'monthly_hazard')."),
        ],
        "coefficients": [
            field("pressure", .parameter(.real), "Per unit of pressure."),
            field("alignment", .parameter(.real), "Per unit of alignment."),
            field("cost", .parameter(.real), "Per unit of cost."),
            field("peers", .parameter(.real), "Per unit of peer compliance share."),
            field("opposition", .parameter(.real), "Per unit of opposition."),
            field("retaliation", .parameter(.real), "Per unit of threatened retaliation."),
        ],
        "option": [
            field("weight", .parameter(.nonNegative), "Relative probability once the decision is taken (default 1)."),
            field("complies", .boolean, "Counts as complying (default: true if it has an exclusion)."),
            field("exclusion", .object("exclusion"), "What it does to a market."),
            field("opens", .ids, "Dormant decisions (active: false) that choosing it activates: the next stage."),
        ],
        "exclusion": [
            field("market", .id, required: true, "Market id."),
            field("vendor", .string, required: true, "Vendor excluded."),
            field("kind", .oneOf(["full", "core_only", "cap"]), required: true, "Full ban, core only, or share cap."),
            field("core_fraction", .parameter(.unitInterval), "core_only: share of the market that is core (default 0.3)."),
            field("cap", .parameter(.unitInterval), "cap: the maximum share."),
            field("phase_out", .delay, "Delay until shares change (default 0d)."),
        ],
        "prior": [
            field("option", .string, required: true, "The option taken."),
            field("on", .date, required: true, "When: on or before the start."),
            field("source", .string, sourceHelp),
        ],
    ]
}

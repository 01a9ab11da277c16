import DemarcheModel

/// The reference-class format (`demarche_reference: 1`): a case file, which
/// cases to take, how dates are built, the competing causes and covariates.
/// Read by ``ReferenceLoader`` with the scenario reader's diagnostics and
/// rendered as JSON Schema by `demarche schema reference`.
extension ScenarioFormat {
    static let referenceDefinitions: [String: [Field]] = [
        "reference": [
            field("demarche_reference", .version, required: true, "Reference-class format version; must be 1."),
            field("name", .string, required: true, "Title of the reference class."),
            field("description", .string, "Which cases, and why they are the reference class."),
            field("cases", .string, required: true, "The case file (CSV with a header row), relative to this file."),
            field("citation", .string, required: true, "Where the cases come from, as it should be cited."),
            field("published", .date, required: true, "When the case file became public; scenarios dated earlier may not use it."),
            field("select", .list(.object("reference_select")), "Conditions every selected case meets (all of them)."),
            field("dates", .object("reference_dates"), required: true, "How start, end and censoring dates are built."),
            field("outcome", .object("reference_outcome"), required: true, "The column that says how a case ended, and its causes."),
            field("covariates", .map(.object("reference_covariate")), "Numeric covariates for proportional hazards."),
            field("checkpoints", .list(.days), "Durations at which incidence is reported (default 90d, 180d, 365d, 730d)."),
            field("forms", .list(.oneOf(["exponential", "weibull"])), "Parametric hazards to fit (default both)."),
        ],
        "reference_select": [
            field("column", .string, required: true, "Column of the case file."),
            field("equals", .scalar, "The cell equals this (numerically when both are numbers: 2 matches 2.0)."),
            field("in", .list(.scalar), "The cell equals one of these."),
            field("min", .number(nil), "The cell is a number ≥ this."),
            field("max", .number(nil), "The cell is a number ≤ this."),
            field("blank", .boolean, "true: the cell is empty; false: it is not."),
        ],
        "reference_dates": [
            field("start", .object("date_columns"), required: true, "When a case began."),
            field("end", .object("date_columns"), required: true, "When it ended (blank while it runs)."),
            field("censored", .object("date_columns"), "When an unfinished case was last seen running."),
            field("coarse", .oneOf(["midpoint", "drop"]), required: true,
                  "A date with a blank month or day: 'midpoint' takes the middle of the days it allows (after the start, for an end); 'drop' leaves the case out."),
            field("impossible_day", .oneOf(["error", "unknown"]),
                  "A day that does not exist (31 June) or has no month: 'error' (default) stops at the cell; 'unknown' reads the day as blank and counts it."),
        ],
        "date_columns": [
            field("year", .string, "Column of the year."),
            field("month", .string, "Column of the month (may be blank)."),
            field("day", .string, "Column of the day (may be blank)."),
            field("date", .string, "Instead of year/month/day: one column of YYYY-MM-DD, YYYY-MM or YYYY."),
        ],
        "reference_outcome": [
            field("column", .string, required: true, "Column of the outcome code."),
            field("causes", .map(.list(.scalar)), required: true, "Each cause's name and the codes that mean it."),
            field("compliance", .id, required: true, "The cause that is compliance (the target gives in)."),
        ],
        "reference_covariate": [
            field("column", .string, required: true, "Column of the case file."),
            field("equals", .scalar, "Makes an indicator: 1 when the cell equals this, else 0."),
            field("blank", .boolean, "Makes an indicator: 1 when the cell is empty (true) or not empty (false), else 0."),
        ],
    ]
}

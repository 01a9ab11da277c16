import DemarcheModel

/// The resolutions format (`demarche_resolutions: 1`): yes/no questions about
/// the outcomes of Monte Carlo reports, and how each resolved. Read by
/// ``ResolutionsLoader`` with the scenario reader's diagnostics and rendered
/// as JSON Schema by `demarche schema resolutions`.
extension ScenarioFormat {
    static let resolutionsDefinitions: [String: [Field]] = [
        "resolutions": [
            field("demarche_resolutions", .version, required: true, "Resolutions format version; must be 1."),
            field("name", .string, "Title of this set of questions."),
            field("description", .string, "What the questions ask and where their answers come from."),
            field("questions", .map(.object("question")), required: true, "Questions by id."),
        ],
        "question": [
            field("text", .string, "The question as it would be asked."),
            field("outcome", .id, required: true, "The id of an event, count or in_force outcome of the report being scored."),
            field("by", .date,
                  "The question is whether the event happened before the end of this day (default: the outcome's own date)."),
            field("at_least", .integer(1...1_000_000_000), "Count outcomes only: the question is whether the count is at least this (≥ 1)."),
            field("resolved", .boolean, required: true, "What happened: true or false."),
            field("on", .date, "When it resolved (for true: when the event happened; not after 'by')."),
            field("source", .string, required: true, "Where the resolution comes from."),
            field("alternative", .boolean,
                  "A contested question: the other resolution, also scored side by side (must differ from 'resolved')."),
            field("base_rate", .number(.unitInterval), "A reference forecast for this question, 0…1 (e.g. a reference class's rate)."),
        ],
    ]
}

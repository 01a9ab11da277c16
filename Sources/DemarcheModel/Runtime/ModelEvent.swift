import DemarcheKernel

/// What the model schedules on the kernel. Indices refer to the ``Model``'s
/// arrays; `kind` names the construct for runaway diagnoses.
enum ModelEvent: SimulationEvent {
    case instrument(campaign: Int32, instrument: Int32)
    case threatCarriedOut(campaign: Int32, instrument: Int32)
    case threatDropped(campaign: Int32, instrument: Int32)
    case decisionCandidate(decision: Int32)
    case decisionEnds(decision: Int32, cause: Int32)
    case exclusionTakesEffect(decision: Int32, option: Int32)
    case orderIssued(order: Int32)
    case orderCompliance(order: Int32)
    case orderDeadline(order: Int32)
    case orderPostponement(order: Int32)
    case courtFiling(order: Int32)
    case courtRuling(order: Int32)
    case appealRuling(order: Int32)
    case enforcement(order: Int32)
    case shock(shock: Int32)
    case consequence(index: Int32)
    /// A countermeasure's formal measure against `subject`.
    case countermeasure(countermeasure: Int32, subject: Int32)
    case rhetoric(countermeasure: Int32, subject: Int32)
    case escalation(escalation: Int32)

    /// `construct:index`, mapped to the construct's id by ``Replication``.
    var kind: String {
        switch self {
        case .instrument(let campaign, _), .threatCarriedOut(let campaign, _), .threatDropped(let campaign, _):
            "campaign:\(campaign)"
        case .decisionCandidate(let decision), .decisionEnds(let decision, _), .exclusionTakesEffect(let decision, _):
            "decision:\(decision)"
        case .orderIssued(let order), .orderCompliance(let order), .orderDeadline(let order), .orderPostponement(let order),
            .courtFiling(let order), .courtRuling(let order), .appealRuling(let order), .enforcement(let order):
            "order:\(order)"
        case .shock(let shock): "shock:\(shock)"
        case .consequence(let index): "consequence:\(index)"
        case .countermeasure(let countermeasure, _), .rhetoric(let countermeasure, _): "countermeasure:\(countermeasure)"
        case .escalation(let escalation): "escalation:\(escalation)"
        }
    }
}

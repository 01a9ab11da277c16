/// The facts the event handlers read on every event, as flat rows of plain
/// values (``FlatLists``) built once per model: reading them copies no
/// construct and so retains no array or string.
extension ReplicationPlan {
    /// A decision option's hot facts.
    struct OptionFacts: Sendable {
        var weight: Int32
        var complies: Bool
        var event: Int32
    }

    /// A competing end: its baseline and event.
    struct EndFacts: Sendable {
        var baseline: Decision.Baseline
        var event: Int32
    }

    /// An instrument's hot facts; its targets are ``instrumentTargets``, by
    /// the instrument's flat position (its campaign's first position + its own).
    struct InstrumentFacts: Sendable {
        var timing: Instrument.Timing
        var magnitude: Int32
        var event: Int32
        var hasFollowThrough: Bool
    }

    /// An outcome's measure without its lists (the events are ``outcomeEvents``).
    enum OutcomeFacts: Sendable {
        case firstEvent
        case count(by: Double)
        case inForce(order: Int32, on: Double)
        /// A vendor's flat position among ``marketShares``.
        case share(position: Int32)
        /// An attribute's flat position among ``actorAttributes``.
        case attribute(position: Int32)
    }

    /// What a decision's compliance hazard reads, as parameter positions.
    struct HazardFacts: Sendable {
        var baseline: Decision.Baseline
        var actor: Int32
        var cost: Int32
        /// One per ``Decision/Covariate``, in `Covariate.allCases` order.
        var pressure, alignment, costCoefficient, peers, opposition, retaliation: Int32

        init(_ decision: Decision) {
            let beta = decision.coefficients.map { Int32($0.index) }
            baseline = decision.baseline
            actor = Int32(decision.actor)
            cost = Int32(decision.cost.index)
            (pressure, alignment, costCoefficient, peers, opposition, retaliation) = (beta[0], beta[1], beta[2], beta[3], beta[4], beta[5])
        }
    }

    /// A countermeasure's threat to a decision it punishes: the formal
    /// measure's probability and severity.
    struct RetaliationFacts: Sendable {
        var probability: Int32
        var severity: Int32
    }

    /// A relation from a campaign's sender: the target and the weight.
    struct LeverageFacts: Sendable {
        var target: Int32
        var weight: Int32
    }

    static func options(_ model: Model) -> FlatLists<OptionFacts> {
        FlatLists(model.decisions.map { decision in
            decision.options.map { OptionFacts(weight: Int32($0.weight.index), complies: $0.complies, event: Int32($0.event.index)) }
        })
    }

    static func ends(_ model: Model) -> FlatLists<EndFacts> {
        FlatLists(model.decisions.map { decision in
            decision.ends.map { EndFacts(baseline: $0.baseline, event: Int32($0.event.index)) }
        })
    }

    static func instruments(_ model: Model) -> FlatLists<InstrumentFacts> {
        FlatLists(model.campaigns.map { campaign in
            campaign.instruments.map {
                InstrumentFacts(timing: $0.timing, magnitude: Int32($0.magnitude.index), event: Int32($0.event.index),
                                hasFollowThrough: $0.followThrough != nil)
            }
        })
    }

    /// Relations from each campaign's sender, in model order (the order
    /// leverage sums their weights in).
    static func leverage(_ model: Model) -> FlatLists<LeverageFacts> {
        FlatLists(model.campaigns.map { campaign in
            model.relations.filter { $0.from == campaign.sender }.map {
                LeverageFacts(target: Int32($0.to), weight: Int32($0.weight.index))
            }
        })
    }

    static func outcomes(_ model: Model, attributes: IndexLists, shares: IndexLists) -> [OutcomeFacts] {
        model.outcomes.map { outcome in
            switch outcome.measure {
            case .firstEvent: .firstEvent
            case .count(_, let by): .count(by: by)
            case .inForce(let order, let on): .inForce(order: Int32(order), on: on)
            case .share(let market, let vendor): .share(position: Int32(shares.range(market).lowerBound + vendor))
            case .attribute(let actor, let attribute):
                .attribute(position: Int32(attributes.range(actor).lowerBound + attribute.position))
            }
        }
    }

    static func outcomeEvents(_ model: Model) -> IndexLists {
        IndexLists(model.outcomes.map { outcome -> [Int] in
            switch outcome.measure {
            case .firstEvent(let events, _, _), .count(let events, _): events.map(\.index)
            case .inForce, .share, .attribute: []
            }
        })
    }
}

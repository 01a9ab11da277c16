import DemarcheRandom

/// The named random streams of the model, one per construct, fetched once per
/// ``Replication`` and moved to each replication by
/// ``ReplicationStreams/reset(toReplication:)``.
///
/// A stream is named by the construct's kind and id (`decisions:germany-5g`,
/// `courts:tiktok-divest`), never by its position: each construct draws
/// only from its own streams, so removing or adding one construct (a court,
/// a trigger, an election — `Model.without(_:)` does so for attribution)
/// leaves the draws of every other construct where they were, and a
/// construct that nothing removed can reach behaves identically run by run
/// (common random numbers). Parameters are drawn from one stream in table
/// order, which such a removal keeps intact.
struct ModelStreams {
    let parameters: RandomStream
    /// Poisson gaps of each instrument, by flat instrument position.
    let campaigns: [RandomStream]
    /// Threats' follow-through, by flat instrument position.
    let threats: [RandomStream]
    /// Compliance candidates and options, by decision.
    let decisions: [RandomStream]
    /// Latent times of decisions' ends, by decision.
    let ends: [RandomStream]
    /// Exclusions' phase-outs, by decision.
    let exclusions: [RandomStream]
    let orders: [RandomStream]
    let courts: [RandomStream]
    let shocks: [RandomStream]
    /// Each consequence's probability and delay, by ``ReplicationPlan/consequences`` position.
    let consequences: [RandomStream]
    let countermeasures: [RandomStream]
    let escalations: [RandomStream]

    init(_ streams: ReplicationStreams, _ model: Model) {
        func named(_ kind: String, _ ids: [String]) -> [RandomStream] {
            ids.map { streams.stream(StreamID("\(kind):\($0)")) }
        }
        let instruments = model.campaigns.flatMap { campaign in campaign.instruments.indices.map { "\(campaign.id):\($0)" } }
        let decisionIDs = model.decisions.map(\.id)
        let orderIDs = model.orders.map(\.id)
        parameters = streams.stream(StreamID("parameters"))
        campaigns = named("campaigns", instruments)
        threats = named("threats", instruments)
        decisions = named("decisions", decisionIDs)
        ends = named("ends", decisionIDs)
        exclusions = named("exclusions", decisionIDs)
        orders = named("orders", orderIDs)
        courts = named("courts", orderIDs)
        shocks = named("shocks", model.shocks.map(\.id))
        consequences = named("triggers", model.triggers.map(\.id))
            + named("shocks", model.shocks.flatMap { shock in
                shock.outcomes.flatMap { outcome in outcome.consequences.indices.map { "\(shock.id):\(outcome.name):\($0)" } }
            })
        countermeasures = named("countermeasures", model.countermeasures.map(\.id))
        escalations = named("escalations", model.escalations.map(\.id))
    }
}

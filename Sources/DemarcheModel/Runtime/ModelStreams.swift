import DemarcheRandom

/// The named random streams of the model, one per mechanic, fetched once per
/// replication.
struct ModelStreams {
    let parameters: RandomStream
    let campaigns: RandomStream
    /// Threats' follow-through (its own stream, so a file that adds one
    /// leaves the campaigns' recurrence draws where they were).
    let threats: RandomStream
    let decisions: RandomStream
    /// Latent times of decisions' ends (its own stream, so adding an end
    /// leaves every compliance draw where it was).
    let ends: RandomStream
    let exclusions: RandomStream
    let orders: RandomStream
    let courts: RandomStream
    let shocks: RandomStream
    let triggers: RandomStream
    let countermeasures: RandomStream
    let escalations: RandomStream

    init(_ streams: ReplicationStreams) {
        parameters = streams.stream(StreamID("parameters"))
        campaigns = streams.stream(StreamID("campaigns"))
        threats = streams.stream(StreamID("threats"))
        decisions = streams.stream(StreamID("decisions"))
        ends = streams.stream(StreamID("ends"))
        exclusions = streams.stream(StreamID("exclusions"))
        orders = streams.stream(StreamID("orders"))
        courts = streams.stream(StreamID("courts"))
        shocks = streams.stream(StreamID("shocks"))
        triggers = streams.stream(StreamID("triggers"))
        countermeasures = streams.stream(StreamID("countermeasures"))
        escalations = streams.stream(StreamID("escalations"))
    }
}

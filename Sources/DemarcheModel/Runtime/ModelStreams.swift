import DemarcheRandom

/// The named random streams of the model, one per mechanic, fetched once per
/// replication.
struct ModelStreams {
    let parameters: RandomStream
    let campaigns: RandomStream
    let decisions: RandomStream
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
        decisions = streams.stream(StreamID("decisions"))
        exclusions = streams.stream(StreamID("exclusions"))
        orders = streams.stream(StreamID("orders"))
        courts = streams.stream(StreamID("courts"))
        shocks = streams.stream(StreamID("shocks"))
        triggers = streams.stream(StreamID("triggers"))
        countermeasures = streams.stream(StreamID("countermeasures"))
        escalations = streams.stream(StreamID("escalations"))
    }
}

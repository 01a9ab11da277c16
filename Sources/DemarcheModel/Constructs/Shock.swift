/// A scheduled event with an uncertain outcome that changes the rules: the US
/// election of 3 November 2020, after which pending orders may be revoked.
/// At `time`, one outcome is drawn with the outcomes' probabilities (which
/// should sum to 1: the loader checks fixed ones; if drawn ones fall short,
/// the last outcome takes the remainder); its event is recorded and its
/// consequences follow.
public struct Shock: Sendable {
    public struct Outcome: Sendable {
        public var name: String
        public var probability: ParameterID
        public var event: EventID
        public var consequences: [Consequence]

        public init(name: String, probability: ParameterID, event: EventID, consequences: [Consequence]) {
            self.name = name
            self.probability = probability
            self.event = event
            self.consequences = consequences
        }
    }

    public var id: String
    public var time: Double
    public var outcomes: [Outcome]

    public init(id: String, time: Double, outcomes: [Outcome]) {
        self.id = id
        self.time = time
        self.outcomes = outcomes
    }
}

/// A stochastic widening of a campaign ("after TikTok and WeChat, Alibaba"):
/// with `probability`, after `delay` from the start, its event is recorded and
/// its consequences follow (typically activating dormant orders).
public struct Escalation: Sendable {
    public var id: String
    public var probability: ParameterID
    public var delay: Delay
    public var event: EventID
    public var effects: [Effect]

    public init(id: String, probability: ParameterID, delay: Delay, event: EventID, effects: [Effect]) {
        self.id = id
        self.probability = probability
        self.delay = delay
        self.event = event
        self.effects = effects
    }
}

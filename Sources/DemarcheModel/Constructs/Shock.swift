/// A scheduled event with an uncertain outcome that changes the rules: the US
/// election of 3 November 2020, after which pending orders may be revoked.
/// At `time`, one outcome is drawn with the outcomes' probabilities (fixed
/// ones sum to 1; drawn ones can never sum past 1, and if they fall short the
/// last outcome takes the remainder: ``probabilityProblem(in:)``); its event
/// is recorded and its consequences follow.
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

    /// Why the outcome probabilities under `table` cannot be drawn from, or
    /// nil: fixed ones must sum to 1, and drawn ones must not be able to sum
    /// past 1 (their supports' upper ends). Checked when the file is read and
    /// after `--set`; each replication checks its draws too.
    public func probabilityProblem(in table: ParameterTable) -> String? {
        let distributions = outcomes.map { table.entries[$0.probability.index].distribution }
        let fixed = distributions.compactMap(\.fixedValue)
        if fixed.count == distributions.count, abs(fixed.reduce(0, +) - 1) > 1e-9 {
            return "outcome probabilities must sum to 1, found \(fixed.reduce(0, +))"
        }
        let highest = distributions.reduce(0) { $0 + $1.support.upperBound }
        return highest > 1 + 1e-9 ? "outcome probabilities are exclusive: they can sum to \(highest), more than 1" : nil
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

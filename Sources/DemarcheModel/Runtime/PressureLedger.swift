import Foundation

/// The pressure on each actor: a sum of impulses decaying exponentially,
/// p(t) = Σ mᵢ · 2^(−(t − tᵢ)/hᵢ). Impulses with the same half-life are merged
/// (decay is linear), so the ledger holds one component per actor and
/// half-life: all in one flat array that a replication empties and reuses,
/// each actor's chained in the order they appeared (the order they are
/// summed in).
struct PressureLedger {
    struct Component {
        var level: Double
        var since: Double
        var halfLife: Double
        /// The actor's next component, or -1.
        var next: Int32

        /// The impulse's level at `time`; before `since` (a decision dated
        /// before the start asks at its own date) it has not decayed yet.
        func value(at time: Double) -> Double { level * exp2(-max(time - since, 0) / halfLife) }
    }

    /// The pressure on an actor at a time, and the range it can take from
    /// then until the next impulse: each component decays towards 0 without
    /// changing sign, so pressure stays between minus its negative part and
    /// its positive part.
    struct Reading {
        var pressure = 0.0
        var positive = 0.0
        var negative = 0.0
        var range: ClosedRange<Double> { negative...positive }
    }

    private var components: [Component] = []
    /// Each actor's first and last component, or -1.
    private var first: [Int32]
    private var last: [Int32]

    init(actors: Int) {
        first = Array(repeating: -1, count: actors)
        last = first
    }

    /// Forgets every impulse (keeping the storage), for the next replication.
    mutating func removeAll() {
        components.removeAll(keepingCapacity: true)
        for actor in first.indices {
            first[actor] = -1
            last[actor] = -1
        }
    }

    /// Half-lives are positive by construction; a draw of exactly 0 from a
    /// continuous distribution is floored to a microsecond of a day.
    mutating func add(_ magnitude: Double, to actor: Int, at time: Double, halfLife rawHalfLife: Double) {
        let halfLife = max(rawHalfLife, 1e-6)
        var index = Int(first[actor])
        while index >= 0 {
            if components[index].halfLife == halfLife {
                components[index].level = Self.bounded(components[index].value(at: time) + magnitude)
                components[index].since = time
                return
            }
            index = Int(components[index].next)
        }
        let added = Int32(components.count)
        components.append(Component(level: Self.bounded(magnitude), since: time, halfLife: halfLife, next: -1))
        if last[actor] >= 0 { components[Int(last[actor])].next = added } else { first[actor] = added }
        last[actor] = added
    }

    /// Levels stay finite (±1e300), so that sums and decays of them never
    /// give ∞ or NaN: a hazard with e^(β·1e300) is capped downstream anyway.
    static func bounded(_ level: Double) -> Double { min(max(level, -1e300), 1e300) }

    func pressure(on actor: Int, at time: Double) -> Double { reading(on: actor, at: time).pressure }

    /// Pressure and its range in one pass over the actor's components.
    func reading(on actor: Int, at time: Double) -> Reading {
        var reading = Reading()
        var index = Int(first[actor])
        while index >= 0 {
            let value = components[index].value(at: time)
            reading.pressure += value
            if value > 0 { reading.positive += value } else { reading.negative += value }
            index = Int(components[index].next)
        }
        return reading
    }
}

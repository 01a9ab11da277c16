import Foundation

/// The pressure on each actor: a sum of impulses decaying exponentially,
/// p(t) = Σ mᵢ · 2^(−(t − tᵢ)/hᵢ). Impulses with the same half-life are merged
/// (decay is linear), so the ledger holds one component per actor and
/// half-life, all in one flat array (in the order they appeared, which is the
/// order an actor's are summed in) that a replication empties and reuses.
struct PressureLedger {
    struct Component {
        var actor: Int
        var level: Double
        var since: Double
        var halfLife: Double

        func value(at time: Double) -> Double { level * exp2(-(time - since) / halfLife) }
    }

    /// The pressure on an actor at a time, and the range it can take from
    /// then until the next impulse: each component decays towards 0 without
    /// changing sign, so pressure stays between minus its negative part and
    /// its positive part.
    struct Reading {
        var pressure = 0.0
        var range: ClosedRange<Double> { negative...positive }
        var positive = 0.0
        var negative = 0.0
    }

    private var components: [Component] = []

    /// Forgets every impulse (keeping the storage), for the next replication.
    mutating func removeAll() { components.removeAll(keepingCapacity: true) }

    /// Half-lives are positive by construction; a draw of exactly 0 from a
    /// continuous distribution is floored to a microsecond of a day.
    mutating func add(_ magnitude: Double, to actor: Int, at time: Double, halfLife rawHalfLife: Double) {
        let halfLife = max(rawHalfLife, 1e-6)
        for index in components.indices where components[index].actor == actor && components[index].halfLife == halfLife {
            let current = components[index].value(at: time)
            components[index] = Component(actor: actor, level: current + magnitude, since: time, halfLife: halfLife)
            return
        }
        components.append(Component(actor: actor, level: magnitude, since: time, halfLife: halfLife))
    }

    func pressure(on actor: Int, at time: Double) -> Double { reading(on: actor, at: time).pressure }

    /// Pressure and its range in one pass over the actor's components.
    func reading(on actor: Int, at time: Double) -> Reading {
        var reading = Reading()
        for component in components where component.actor == actor {
            let value = component.value(at: time)
            reading.pressure += value
            if value > 0 { reading.positive += value } else { reading.negative += value }
        }
        return reading
    }
}

import Foundation

/// The pressure on each actor: a sum of impulses decaying exponentially,
/// p(t) = Σ mᵢ · 2^(−(t − tᵢ)/hᵢ). Impulses with the same half-life are merged
/// (decay is linear), so the ledger holds one component per half-life.
struct PressureLedger {
    struct Component {
        var level: Double
        var since: Double
        var halfLife: Double

        func value(at time: Double) -> Double { level * exp2(-(time - since) / halfLife) }
    }

    private var components: [[Component]]

    init(actors: Int) { components = Array(repeating: [], count: actors) }

    /// Half-lives are positive by construction; a draw of exactly 0 from a
    /// continuous distribution is floored to a microsecond of a day.
    mutating func add(_ magnitude: Double, to actor: Int, at time: Double, halfLife rawHalfLife: Double) {
        let halfLife = max(rawHalfLife, 1e-6)
        if let index = components[actor].firstIndex(where: { $0.halfLife == halfLife }) {
            let current = components[actor][index].value(at: time)
            components[actor][index] = Component(level: current + magnitude, since: time, halfLife: halfLife)
        } else {
            components[actor].append(Component(level: magnitude, since: time, halfLife: halfLife))
        }
    }

    func pressure(on actor: Int, at time: Double) -> Double {
        components[actor].reduce(0) { $0 + $1.value(at: time) }
    }

    /// The range pressure can take from `time` until the next impulse: each
    /// component decays towards 0 without changing sign, so pressure stays
    /// between minus its negative part and its positive part.
    func range(on actor: Int, at time: Double) -> ClosedRange<Double> {
        var positive = 0.0
        var negative = 0.0
        for component in components[actor] {
            let value = component.value(at: time)
            if value > 0 { positive += value } else { negative += value }
        }
        return negative...positive
    }
}

import Foundation

/// The pressure on each actor: a sum of impulses decaying exponentially,
/// p(t) = Σ mᵢ · 2^(−(t − tᵢ)/hᵢ). Impulses with the same half-life are merged
/// (decay is linear), so the ledger holds one component per half-life.
struct PressureLedger {
    struct Component {
        var level: Double
        var since: Double
        var halfLife: Double

        /// The impulse's level at `time`; before `since` (a decision dated
        /// before the start asks at its own date) it has not decayed yet.
        func value(at time: Double) -> Double { level * exp2(-max(time - since, 0) / halfLife) }
    }

    private var components: [[Component]]

    init(actors: Int) { components = Array(repeating: [], count: actors) }

    /// Half-lives are positive by construction; a draw of exactly 0 from a
    /// continuous distribution is floored to a microsecond of a day.
    mutating func add(_ magnitude: Double, to actor: Int, at time: Double, halfLife rawHalfLife: Double) {
        let halfLife = max(rawHalfLife, 1e-6)
        if let index = components[actor].firstIndex(where: { $0.halfLife == halfLife }) {
            let current = components[actor][index].value(at: time)
            components[actor][index] = Component(level: Self.bounded(current + magnitude), since: time, halfLife: halfLife)
        } else {
            components[actor].append(Component(level: Self.bounded(magnitude), since: time, halfLife: halfLife))
        }
    }

    /// Levels stay finite (±1e300), so that sums and decays of them never
    /// give ∞ or NaN: a hazard with e^(β·1e300) is capped downstream anyway.
    static func bounded(_ level: Double) -> Double { min(max(level, -1e300), 1e300) }

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

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

    mutating func add(_ magnitude: Double, to actor: Int, at time: Double, halfLife: Double) {
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
}

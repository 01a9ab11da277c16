/// A probability distribution whose parameters were checked when it was built,
/// so that sampling cannot fail (the design of Rust's `rand_distr`).
///
/// Every conforming type validates in its initialiser and throws a
/// ``DistributionError`` that names the bad parameter; `sample(using:)` then
/// never traps and never returns NaN.
public protocol Distribution: Sendable {
    associatedtype Value
    /// One draw, advancing `stream`.
    func sample(using stream: RandomStream) -> Value
}

/// Checks shared by the distributions' initialisers.
enum ParameterCheck {
    static func finite(_ value: Double, _ parameter: String) throws(DistributionError) {
        guard value.isFinite else {
            throw DistributionError(parameter: parameter, expected: "a finite number", found: value)
        }
    }

    static func positive(_ value: Double, _ parameter: String) throws(DistributionError) {
        guard value.isFinite, value > 0 else {
            throw DistributionError(parameter: parameter, expected: "a positive finite number", found: value)
        }
    }

    static func probability(_ value: Double, _ parameter: String) throws(DistributionError) {
        guard value >= 0, value <= 1 else {
            throw DistributionError(parameter: parameter, expected: "a probability in [0, 1]", found: value)
        }
    }

    static func ordered(
        _ low: Double, _ high: Double, _ lowName: String, _ highName: String
    ) throws(DistributionError) {
        try finite(low, lowName)
        try finite(high, highName)
        guard low < high else {
            throw DistributionError(
                parameter: highName, expected: "a value greater than \(lowName) (\(low))", found: high)
        }
    }
}

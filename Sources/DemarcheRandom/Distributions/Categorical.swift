/// A choice among outcomes 0..<k with the given weights (need not sum to 1).
///
/// Sampling is a binary search of the cumulative weights with one GSL uniform
/// draw: O(log k) per sample and an immutable, `Sendable` value. (GSL's Walker
/// table, `gsl_ran_discrete`, is O(1) but lives behind a C pointer that would
/// have to be shared between tasks; scenario choices have a handful of
/// outcomes.)
public struct Categorical: Distribution {
    /// Cumulative probabilities, normalised so that the last is exactly 1.
    private let cumulative: [Double]

    public init(weights: [Double]) throws(DistributionError) {
        guard !weights.isEmpty else {
            throw DistributionError(parameter: "weights", expected: "at least one weight", found: "none")
        }
        var running = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(weights.count)
        for (index, weight) in weights.enumerated() {
            guard weight.isFinite, weight >= 0 else {
                throw DistributionError(
                    parameter: "weights[\(index)]", expected: "a non-negative finite weight", found: weight)
            }
            running += weight
            cumulative.append(running)
        }
        guard running > 0, running.isFinite else {
            throw DistributionError(
                parameter: "weights", expected: "a positive finite total", found: running)
        }
        var normalised = cumulative.map { $0 / running }
        normalised[normalised.count - 1] = 1
        self.cumulative = normalised
    }

    /// The probability of each outcome.
    public var probabilities: [Double] {
        zip(cumulative, [0] + cumulative.dropLast()).map { $0 - $1 }
    }

    public func sample(using stream: RandomStream) -> Int {
        let u = stream.uniform()
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if u < cumulative[middle] { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

/// The k-th smallest element in expected O(n) (Hoare's quickselect), for
/// bootstrap medians of large samples where sorting each resample would cost
/// O(n log n).
enum Selection {
    static func kthSmallest(_ values: inout [Double], _ k: Int) -> Double {
        var low = 0
        var high = values.count - 1
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        while low < high {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pivot = values[low + Int((state >> 33) % UInt64(high - low + 1))]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while values[j] > pivot { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { high = j } else if k >= i { low = i } else { return values[k] }
        }
        return values[k]
    }

    /// The sample median (mean of the two middle values for even counts).
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var copy = values
        let upper = kthSmallest(&copy, copy.count / 2)
        guard copy.count % 2 == 0 else { return upper }
        let lower = kthSmallest(&copy, copy.count / 2 - 1)
        return (lower + upper) / 2
    }
}

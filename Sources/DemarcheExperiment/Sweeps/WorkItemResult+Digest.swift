import DemarcheScenario

extension WorkItemResult {
    /// SHA-256 of a work item's fields in a fixed binary layout, independent
    /// of how JSON spells numbers: variant, start, count, events, failures and
    /// the number of outcomes as 64-bit little-endian integers, then per
    /// outcome its length and each value as a tag byte (0 null, 1 a number
    /// followed by its IEEE 754 bits, 2 NaN: a failed run).
    static func digest(item: WorkItem, events: Int, values: [[Double?]], failures: Int) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(48 + values.reduce(0) { $0 + 8 + 9 * $1.count })
        func append(_ word: UInt64) { withUnsafeBytes(of: word.littleEndian) { bytes.append(contentsOf: $0) } }
        for field in [item.variant, item.start, item.count, events, failures, values.count] { append(UInt64(bitPattern: Int64(field))) }
        for column in values {
            append(UInt64(column.count))
            for value in column {
                switch value {
                case nil: bytes.append(0)
                case let number? where number.isNaN: bytes.append(2)
                case let number?:
                    bytes.append(1)
                    append(number.bitPattern)
                }
            }
        }
        return SHA256.hex(bytes)
    }

    /// Whether ``sha256`` is the digest of the fields as they now are.
    var digestMatches: Bool { sha256 == Self.digest(item: item, events: events, values: values, failures: failures) }
}

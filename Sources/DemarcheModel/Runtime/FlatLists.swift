/// A list per row (the decisions of each actor, the targets of each
/// instrument), flattened into one array with row offsets (compressed sparse
/// rows): reading a row touches two flat arrays, with no array per row to
/// retain and release in the event handlers.
struct FlatLists<Element: Sendable>: Sendable {
    /// Row r is `elements[starts[r]..<starts[r + 1]]`.
    private let starts: [Int32]
    private let elements: [Element]

    init(_ rows: [[Element]]) {
        var starts: [Int32] = [0]
        starts.reserveCapacity(rows.count + 1)
        for row in rows { starts.append(starts[starts.count - 1] + Int32(row.count)) }
        self.starts = starts
        elements = rows.flatMap { $0 }
    }

    /// Positions of row `row` among all elements (see ``subscript(_:)``).
    @inline(__always) func range(_ row: Int) -> Range<Int> { Int(starts[row])..<Int(starts[row + 1]) }

    /// The element at a position of ``range(_:)``.
    @inline(__always) subscript(_ position: Int) -> Element { elements[position] }

    /// Elements in all rows.
    var totalCount: Int { elements.count }

    var rowCount: Int { starts.count - 1 }
}

/// Lists of indices into the model's arrays.
typealias IndexLists = FlatLists<Int32>

extension FlatLists where Element == Int32 {
    init(_ rows: [[Int]]) { self.init(rows.map { $0.map { Int32($0) } }) }

    /// The index at a position of ``range(_:)``.
    @inline(__always) func index(_ position: Int) -> Int { Int(self[position]) }
}

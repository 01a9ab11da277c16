/// Reads a part of `array[index]` in place: `array[index].part` copies the
/// whole element (an order's delays, court and id, each retained and
/// released) to read one part of it.
@inline(__always)
func borrowing<Element, Part>(_ array: [Element], _ index: Int, _ part: (borrowing Element) -> Part) -> Part {
    array.withUnsafeBufferPointer { part($0[index]) }
}

extension Replication {
    /// A part of order `index`, read in place (see ``borrowing(_:_:_:)``).
    @inline(__always)
    func order<Part>(_ index: Int, _ part: (borrowing Order) -> Part) -> Part { borrowing(model.orders, index, part) }

    /// The registry index of order `index`'s `event`, from the plan's flat
    /// table (``Order/event(_:)`` would copy the order).
    @inline(__always)
    func orderEvent(_ index: Int, _ event: Order.Event) -> Int {
        plan.orderEvents.index(plan.orderEvents.range(index).lowerBound + event.position)
    }
}

extension Order.Event {
    /// The event's position in `allCases`, the order of ``Order/events``.
    var position: Int {
        switch self {
        case .issued: 0
        case .postponed: 1
        case .extended: 2
        case .complied: 3
        case .challenged: 4
        case .enjoined: 5
        case .injunctionDenied: 6
        case .reinstated: 7
        case .injunctionUpheld: 8
        case .missed: 9
        case .enforced: 10
        case .effective: 11
        case .dropped: 12
        case .revoked: 13
        }
    }
}

@testable import DemarcheModel
import Testing

/// Replications read an order's events from a flat table by
/// `Order.Event.position`, which must be the event's place in `allCases`
/// (the order of `Order.events`).
@Suite struct OrderEventPositionTests {
    @Test func positionsFollowAllCases() {
        #expect(Order.Event.allCases.map(\.position) == Array(Order.Event.allCases.indices))
    }
}

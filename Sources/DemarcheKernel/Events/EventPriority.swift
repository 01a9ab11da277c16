/// Breaks ties between events at the same time: lower values run first; among
/// equal priorities, zero-delay consequences first, then events in the order
/// they were scheduled (see ``Simulation``).
public struct EventPriority: Hashable, Comparable, Sendable {
    public let rawValue: Int16

    @inlinable public init(_ rawValue: Int16) { self.rawValue = rawValue }

    // Computed rather than stored statics: a stored static is a lazily
    // initialised global, whose accessor would run on every schedule.

    /// Before ordinary events at the same instant, whatever scheduled them.
    @inlinable public static var urgent: EventPriority { EventPriority(-1) }
    @inlinable public static var normal: EventPriority { EventPriority(0) }
    /// After ordinary events at the same instant (e.g. end-of-day bookkeeping).
    @inlinable public static var late: EventPriority { EventPriority(1) }

    public static func < (lhs: EventPriority, rhs: EventPriority) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The priority in the high 16 bits of a 64-bit key, ordered as unsigned.
    @inlinable var keyBits: UInt64 { UInt64(UInt16(bitPattern: rawValue) ^ 0x8000) << 48 }
}

/// What the kernel needs to know about an event: only a kind to name when a
/// run exceeds its event limit ("trigger five-eyes-pressure kept firing").
public protocol SimulationEvent {
    /// A short, stable name for the rule or mechanic that scheduled the event.
    var kind: String { get }
}

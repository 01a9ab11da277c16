import DemarcheKernel

/// An event that carries an identifier and a kind, for kernel tests.
struct TestEvent: SimulationEvent, Equatable {
    var id: Int
    var kind: String = "test"
}

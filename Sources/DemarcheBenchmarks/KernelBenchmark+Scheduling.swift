import DemarcheKernel
import DemarcheRandom

/// One process's timeout in the scheduling benchmark.
struct TimeoutEvent: SimulationEvent {
    let process: Int32
    var kind: String { "timeout" }
}

extension KernelBenchmark {
    /// `processes` processes, each rescheduling itself after an exponential(1)
    /// delay, until `until`. Draws come from one mt19937 stream seeded with
    /// `seed` exactly as des_gsl.c seeds it, so the event count matches the C
    /// baseline's for the same seed.
    static func runScheduling(processes: Int, until: Double, seed: UInt64) -> BenchmarkMeasurement {
        let clock = ContinuousClock()
        let start = clock.now
        let stream = RandomStream(seed: seed)
        let delay = try! Exponential(mean: 1)  // a constant, valid parameter
        var simulation = Simulation<TimeoutEvent>()
        for process in 0..<processes {
            simulation.schedule(TimeoutEvent(process: Int32(process)), after: delay.sample(using: stream))
        }
        _ = simulation.run(until: until) { simulation, event in
            simulation.schedule(event, after: delay.sample(using: stream))
        }
        let wall = clock.now - start
        return BenchmarkMeasurement(
            implementation: "demarche", benchmark: "sched", seed: seed, wallSeconds: wall.seconds,
            engineEvents: simulation.processedEvents, modelUnits: simulation.processedEvents,
            unit: "timeouts", meanWait: nil, analyticWait: nil)
    }
}

extension Swift.Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}

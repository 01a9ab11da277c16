import DemarcheKernel
import DemarcheRandom

/// An arrival or a service completion in the M/M/1 benchmark.
enum QueueEvent: SimulationEvent {
    case arrival
    case departure

    var kind: String {
        switch self {
        case .arrival: "arrival"
        case .departure: "departure"
        }
    }
}

extension KernelBenchmark {
    static let arrivalRate = 0.9
    static let serviceRate = 1.0

    /// An M/M/1 queue (λ = 0.9, μ = 1) that serves `customers` customers; the
    /// same event logic and draw order as des_gsl.c, so the mean wait matches
    /// the C baseline's for the same seed.
    static func runMM1(customers: Int, seed: UInt64) -> BenchmarkMeasurement {
        let clock = ContinuousClock()
        let start = clock.now
        let stream = RandomStream(seed: seed)
        let interarrival = try! Exponential(mean: 1 / arrivalRate)  // constant, valid
        let service = try! Exponential(mean: 1 / serviceRate)  // constant, valid
        var waiting: [Double] = []
        waiting.reserveCapacity(customers)
        var head = 0
        var arrived = 1
        var served = 0
        var busy = false
        var totalWait = 0.0
        var simulation = Simulation<QueueEvent>()
        simulation.schedule(.arrival, at: 0)
        _ = simulation.run { simulation, event in
            let now = simulation.now
            switch event {
            case .arrival:
                if arrived < customers {
                    simulation.schedule(.arrival, after: interarrival.sample(using: stream))
                    arrived += 1
                }
                if busy {
                    waiting.append(now)
                } else {
                    busy = true
                    served += 1
                    simulation.schedule(.departure, after: service.sample(using: stream))
                }
            case .departure:
                if head < waiting.count {
                    totalWait += now - waiting[head]
                    head += 1
                    served += 1
                    simulation.schedule(.departure, after: service.sample(using: stream))
                } else {
                    busy = false
                }
            }
        }
        let wall = clock.now - start
        return BenchmarkMeasurement(
            implementation: "demarche", benchmark: "mm1", seed: seed, wallSeconds: wall.seconds,
            engineEvents: simulation.processedEvents, modelUnits: served, unit: "customers",
            meanWait: totalWait / Double(served),
            analyticWait: arrivalRate / (serviceRate * (serviceRate - arrivalRate)))
    }

    /// Runs this benchmark on the Demarche kernel.
    public func run(seed: UInt64) -> BenchmarkMeasurement {
        switch self {
        case .scheduling(let processes, let until):
            Self.runScheduling(processes: processes, until: until, seed: seed)
        case .mm1(let customers):
            Self.runMM1(customers: customers, seed: seed)
        }
    }
}

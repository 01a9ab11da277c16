import ArgumentParser
import DemarcheBenchmarks
import DemarcheRandom
import DemarcheScenario

/// `demarche bench`: the kernel benchmarks of shared/bench on our kernel,
/// optionally interleaved with the C + GSL and SimPy baselines.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the event kernel (sched: pure scheduling; mm1: an M/M/1 queue).",
        discussion: """
            Runs the two benchmarks of shared/bench on the Demarche kernel with the \
            same draws as the C baseline (mt19937 seeded with --seed). With \
            --c-baseline and/or --simpy, the baselines run in the same sitting, \
            interleaved round by round, and the table shows median events per \
            second and each one's ratio to Demarche. Use a release build.
            """
    )

    enum Which: String, ExpressibleByArgument, CaseIterable {
        case sched, mm1, all
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Which benchmark to run.")
    var benchmark: Which = .all

    @Option(help: "Seed of the mt19937 stream (as des_gsl.c takes it).")
    var seed: UInt64 = 1

    @Option(help: "sched: number of processes.")
    var processes: Int = 1000

    @Option(help: "sched: simulated time to run until.")
    var until: Double = 2000

    @Option(help: "mm1: number of customers.")
    var customers: Int = 200_000

    @Option(help: "Rounds per benchmark; figures are medians over rounds.")
    var rounds: Int = 1

    @Option(help: "Path to the compiled C baseline (gcc -O2 shared/bench/des_gsl.c).")
    var cBaseline: String?

    @Option(help: "Python interpreter with simpy installed, to run the SimPy baseline.")
    var simpy: String?

    @Option(help: "Path to simpy_bench.py.")
    var simpyScript: String = "../shared/bench/simpy_bench.py"

    @Option(help: "Also measure whole replications of this scenario file (repeatable).")
    var scenario: [String] = []

    @Option(help: "Replications per scenario benchmark.")
    var replications: Int = 10_000

    @Option(help: "Random number generator of the scenario benchmarks' streams.")
    var generator: RandomGenerator = .replicationDefault

    @Option(help: "A SimPy model of the first --scenario (Benchmarks/simpy_huawei.py), run by --simpy in the same rounds.")
    var simpyScenario: String?

    @Option(help: "Replications of the SimPy scenario model per round.")
    var simpyReplications: Int = 1_000

    @Option(name: [.short, .long], help: "Output format.")
    var format: Format = .text

    func validate() throws {
        do {
            try BenchmarkLimits.check(processes, "--processes", maximum: BenchmarkLimits.processes)
            try BenchmarkLimits.check(until: until)
            try BenchmarkLimits.check(customers, "--customers", maximum: BenchmarkLimits.customers)
            try BenchmarkLimits.check(rounds, "--rounds", maximum: BenchmarkLimits.rounds)
            try BenchmarkLimits.check(replications, "--replications", maximum: BenchmarkLimits.replications)
            try BenchmarkLimits.check(simpyReplications, "--simpy-replications", maximum: BenchmarkLimits.replications)
        } catch {
            throw ValidationError(error.description)
        }
        if simpyScenario != nil, simpy == nil || scenario.isEmpty {
            throw ValidationError("--simpy-scenario needs --simpy (the Python to run it) and the --scenario it models.")
        }
    }

    func run() throws {
        let scheduling = KernelBenchmark.scheduling(processes: processes, until: until)
        let queue = KernelBenchmark.mm1(customers: customers)
        let benchmarks: [KernelBenchmark] =
            switch benchmark {
            case .sched: [scheduling]
            case .mm1: [queue]
            case .all: [scheduling, queue]
            }
        let baselines = [cBaseline.map(ExternalBaseline.c(executable:)),
                         simpy.map { ExternalBaseline.simpy(python: $0, script: simpyScript) }].compactMap { $0 }
        let scenarios = try scenario.map { file in
            ScenarioBenchmark(name: file, model: try ScenarioLoader.load(contentsOf: file).model, replications: replications,
                              generator: generator)
        }
        var scenarioBaseline: (baseline: ExternalBaseline, replications: Int)?
        if let simpy, let simpyScenario {
            scenarioBaseline = (ExternalBaseline.simpyScenario(python: simpy, script: simpyScenario), simpyReplications)
        }
        let summaries = try BenchmarkSession(
            benchmarks: scenario.isEmpty ? benchmarks : [], scenarios: scenarios, baselines: baselines,
            scenarioBaseline: scenarioBaseline, seed: seed, rounds: rounds
        ).run()
        switch format {
        case .text: print(summaries.textTable(), terminator: "")
        case .json: print(try summaries.json(), terminator: "")
        }
    }
}

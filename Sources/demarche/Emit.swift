import ArgumentParser
import DemarcheExperiment

/// `demarche emit`: ready-to-use templates for running a sweep as shards.
struct Emit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a template that runs a sweep in shards: Slurm job array, Kubernetes Indexed Job, or GitHub Actions matrix.")

    enum Target: String, ExpressibleByArgument, CaseIterable { case slurm, k8s, github }

    @Argument(help: "slurm, k8s or github.")
    var target: Target

    @Option(help: "The sweep file.")
    var sweep: String

    @Option(help: "Number of shards.")
    var shards: Int = 8

    @Option(help: "Directory for part files.")
    var parts: String = "parts"

    @Option(name: [.short, .long], help: "Merged report file.")
    var out: String = "sweep-report.md"

    func validate() throws {
        guard (1...10_000).contains(shards) else { throw ValidationError("--shards must be in 1…10000 (got \(shards)).") }
        do {
            for (value, flag) in [(sweep, "--sweep"), (parts, "--parts"), (out, "--out")] {
                try TemplateQuoting.check(value, flag: flag, github: target == .github)
            }
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() { print(SweepTemplates(sweep: sweep, shards: shards, parts: parts, out: out).text(for: target), terminator: "") }
}

import ArgumentParser
import DemarcheExperiment
import DemarcheScenario

/// `demarche validate`: checks scenario files without running them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check scenario, sweep, reference-class and resolutions files; print every problem as file:line:col: error: message.",
        discussion: """
            Numbers without a source are warnings (file:line:col: warning: ...) on standard error; \
            they do not change the exit status, which is 1 only if a file has an error.
            """)

    @Argument(help: "Scenario, sweep, reference-class or resolutions files.")
    var files: [String]

    @Option(name: .customLong("set"), help: "Override a numeric parameter, e.g. actors.germany.opposition=0.7.")
    var overrides: [String] = []

    func run() throws {
        let parsed = try overrides.map(ParameterOverride.init(parsing:))
        var failed = false
        for file in files {
            do {
                if SweepLoader.isSweepFile(file) {
                    let spec = try SweepLoader.load(contentsOf: file)
                    printWarnings(spec.scenario)
                    let variants = try SweepDesign.checkSize(spec)
                    print("\(file): valid sweep — \(spec.design.rawValue) design, \(spec.factors.count) factors, "
                          + "\(variants) variants × \(spec.runs) runs = \(variants * spec.runs) replications of \(spec.scenario.file)")
                    continue
                }
                if ReferenceLoader.isReferenceFile(file) {
                    let reference = try ReferenceLoader.load(contentsOf: file)
                    print("\(file): valid reference class — \(reference.cases.count) cases of \(reference.selectedCount) selected, "
                          + zip(reference.causes, reference.eventCounts).map { "\($0) \($1)" }.joined(separator: ", ")
                          + ", censored \(reference.censoredCount)")
                    continue
                }
                if ResolutionsLoader.isResolutionsFile(file) {
                    let resolutions = try ResolutionsLoader.load(contentsOf: file)
                    let resolved = resolutions.questions.count(where: \.resolved)
                    let contested = resolutions.questions.count { $0.alternative != nil }
                    print("\(file): valid resolutions — \(resolutions.questions.count) questions, \(resolved) resolved true, "
                          + "\(contested) contested")
                    continue
                }
                let scenario = try ScenarioLoader.load(contentsOf: file, overrides: parsed)
                printWarnings(scenario)
                print("\(file): valid — \(ScenarioSummary(scenario.model).line)")
            } catch {
                failed = true
                printError("\(error)")
            }
        }
        if failed { throw ExitCode.failure }
    }
}

import ArgumentParser
import DemarcheBuildInfo
import DemarcheExperiment
import DemarcheScenario

/// `demarche calibrate`: a reference class's incidence and fitted hazards.
struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fit a reference class: cumulative incidence per cause and cause-specific hazards, with a decision snippet.",
        discussion: """
            Reads a reference-class file (demarche_reference: 1) and its case file; prints the \
            counts, the Aalen-Johansen cumulative incidence of each cause at the checkpoints, \
            exponential and Weibull cause-specific hazards fitted by maximum likelihood (with \
            the file's covariates, if any), a check of each form against the nonparametric \
            incidence, and YAML to paste into a scenario's decision.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable, OutputFormat {
        case md, json, html
        static let fallback = Format.md
    }

    @Argument(help: "Reference-class file.")
    var file: String

    @Option(help: "Evaluate the snippet's hazards at this covariate value, e.g. --at institution=1 (default 0).")
    var at: [String] = []

    @Option(name: [.short, .long], help: formatHelp("md, json, html"))
    var format: Format?

    @Option(name: [.short, .long], help: "Write the report to this file (atomically) instead of standard output.")
    var out: String?

    func validate() throws { _ = try outputTarget(out: out, format: format) }

    func run() throws {
        let target = try outputTarget(out: out, format: format)
        try target.checkWritable()
        let profile = try CovariateProfile.parse(at)
        let reference = try ReferenceLoader.load(contentsOf: file)
        let report = try Calibrator(reference: reference, profile: profile, toolVersion: BuildInfo.version).report()
        let text = switch target.format {
        case .md: report.markdown()
        case .json: report.json()
        case .html: report.html()
        }
        try target.write(text)
    }
}

/// `NAME=VALUE` pairs of covariate values.
enum CovariateProfile {
    static func parse(_ items: [String]) throws(ValidationError) -> [String: Double] {
        var profile: [String: Double] = [:]
        for item in items {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
                throw ValidationError("--at \(item): expected NAME=NUMBER, e.g. institution=1")
            }
            guard profile.updateValue(value, forKey: parts[0]) == nil else {
                throw ValidationError("--at \(parts[0]) is given twice")
            }
        }
        return profile
    }
}

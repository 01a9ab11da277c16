import DemarcheReport
import DemarcheScenario
import Foundation

/// The YAML a scenario's decision takes from a calibration: the compliance
/// cause's hazard as the decision's baseline (`monthly_hazard` or
/// `weibull`), every other cause as an `ends:` entry, each value citing the
/// reference class in the source grammar (`reference: PATH#cause (note)`).
/// Hazards with covariates are evaluated at the profile: exp(β·x)
/// multiplies an exponential rate and divides a Weibull scale by
/// exp(β·x / k), the same hazard written as a baseline.
struct DecisionSnippet {
    let reference: ReferenceClass
    /// The preferred fit of each cause (nil where none could be fitted).
    let hazards: [CauseSpecificHazard?]
    let profile: [Double]
    /// How the sources name the reference-class file: as the scenario that
    /// pastes the snippet will see it (by default, as given to calibrate).
    let path: String

    var yaml: String {
        let file = (reference.file as NSString).lastPathComponent
        var lines = [
            "# From \(file): \(reference.name) (\(reference.cases.count) cases; case file published \(reference.published)).",
            "# Set `since:` to the date the case began: the hazards' clock.",
            "# Each source names the reference class by the path given to calibrate; a scenario reads that path",
            "# relative to the scenario file, so adjust it there (e.g. reference/\(file) from Scenarios/).",
        ]
        if !reference.covariates.isEmpty {
            let values = zip(reference.covariates, profile).map { "\($0) = \(Self.number($1))" }.joined(separator: ", ")
            lines.append("# Hazards at covariates \(values).")
        }
        let compliance = reference.compliance
        guard let main = hazards[compliance] else {
            return (lines + ["# The compliance cause '\(reference.causes[compliance])' could not be fitted: no snippet."])
                .joined(separator: "\n") + "\n"
        }
        lines += baseline(main, cause: reference.causes[compliance])
        let ends = reference.causes.indices.filter { $0 != compliance }
        if !ends.isEmpty {
            lines.append("ends:")
            for cause in ends {
                let name = reference.causes[cause]
                if let hazard = hazards[cause] {
                    lines.append("  \(name):")
                    lines += baseline(hazard, cause: name).map { "    " + $0 }
                } else {
                    lines.append("  # \(name): could not be fitted")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The hazard as YAML lines: `monthly_hazard: …` or `weibull:` with its shape and scale.
    private func baseline(_ hazard: CauseSpecificHazard, cause: String) -> [String] {
        let scale = exp(zip(hazard.coefficients, profile).reduce(0) { $0 + $1.0.estimate * $1.1 })
        let source = "reference: \(path)#\(cause) (\(hazard.form.rawValue) MLE, \(hazard.events) events)"
        func value(_ number: Double) -> String { "{ value: \(Self.number(number)), source: \"\(source)\" }" }
        switch hazard.form {
        case .exponential:
            let rate = (hazard.baseline.first?.estimate ?? 0) * scale
            return ["monthly_hazard: \(value(rate * 30))"]
        case .weibull:
            let shape = hazard.baseline.first { $0.name == "shape" }?.estimate ?? 1
            let weibullScale = (hazard.baseline.first { $0.name == "scale" }?.estimate ?? 1) / pow(scale, 1 / shape)
            return ["weibull:", "  shape: \(value(shape))", "  scale: \(value(weibullScale))"]
        }
    }

    /// Six significant digits: enough that rounding moves no incidence visibly.
    static func number(_ value: Double) -> String { String(format: "%.6g", value) }
}

import DemarcheModel

/// `--set PATH=VALUE`: replaces a numeric parameter, by its scenario path,
/// with a constant.
public struct ParameterOverride: Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let value: Double

    public init(path: String, value: Double) {
        self.path = path
        self.value = value
    }

    /// Parses `actors.germany.opposition=0.7`.
    public init(parsing text: String) throws(OverrideError) {
        let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[0].isEmpty else {
            throw OverrideError(text: text, message: "expected PATH=VALUE, e.g. actors.germany.opposition=0.7")
        }
        guard let value = Double(parts[1]), value.isFinite else {
            throw OverrideError(text: text, message: "the value '\(parts[1])' is not a finite number")
        }
        self.init(path: parts[0], value: value)
    }

    public var description: String { "\(path)=\(value)" }

    /// Applies the override; returns the problem, if any.
    func apply(to table: inout ParameterTable) -> (path: String, message: String)? {
        guard let id = table.id(forPath: path) else {
            return (path, "--set: no numeric parameter at '\(path)'" + DidYouMean.hint(for: path, among: table.paths))
        }
        if let expected = table.override(id, with: value) {
            return (path, "--set: expected \(expected), found \(value)")
        }
        return nil
    }
}

/// A `--set` argument that is not `PATH=VALUE`.
public struct OverrideError: Error, Sendable, CustomStringConvertible {
    public let text: String
    public let message: String
    public var description: String { "--set \(text): \(message)" }
}

import Foundation

extension Scenario {
    /// The scenario with `overrides` applied to its parameters (sweep
    /// variants, `--set`); the file and hash stay those of the file.
    public func applying(_ overrides: [ParameterOverride]) throws(ScenarioError) -> Scenario {
        var model = model
        var problems = overrides.compactMap { $0.apply(to: &model.parameters) }
        for follow in model.campaigns.flatMap({ $0.instruments.compactMap(\.followThrough) })
        where follow.highestTotalProbability(in: model.parameters) > 1 + 1e-9 {
            let path = follow.dropped.map { model.parameters.entries[$0.probability.index].path } ?? ""
            problems.append((path, "--set: " + ScenarioBuilder.exclusive(follow, model.parameters)))
        }
        for shock in model.shocks {
            guard let problem = shock.probabilityProblem(in: model.parameters) else { continue }
            problems.append(("shocks.\(shock.id).outcomes", "--set: " + problem))
        }
        for decision in model.decisions where !ScenarioBuilder.canChoose(decision.options, model.parameters) {
            problems.append(("decisions.\(decision.id).options", "--set: " + ScenarioBuilder.noWeight))
        }
        guard problems.isEmpty else {
            throw ScenarioError(problems.map { ScenarioDiagnostic(file: file, line: 0, column: 0, path: $0.path, message: $0.message) })
        }
        for override in overrides { model.provenance.override(override.path) }
        return Scenario(file: file, model: model, overrides: self.overrides + overrides, sha256: sha256, warnings: warnings)
    }
}

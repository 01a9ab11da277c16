import DemarcheBuildInfo
import DemarcheModel
import DemarcheReport
import DemarcheScenario

/// What identifies a sweep and what its report needs besides the work item
/// results: written into every part file so that `merge` needs nothing else.
public struct SweepHeader: Codable, Equatable, Sendable {
    public struct OutcomeInfo: Codable, Equatable, Sendable {
        public var id: String
        public var label: String
        public var kind: OutcomeSummary.Kind
        public var byDay: Double?
    }

    public var format: Int
    public var toolVersion: String
    /// The git commit of the build (`BuildInfo.commit`).
    public var toolCommit: String?
    public var gslVersion: String
    public var sweepFile: String
    public var sweepSHA256: String
    public var scenarioFile: String
    public var scenarioName: String
    public var scenarioSHA256: String
    public var start: String
    public var horizon: String
    public var design: String
    public var baseSize: Int
    public var factors: [String]
    /// Each factor's `label:` (its path when it has none); nil when no factor has one.
    public var factorLabels: [String]?
    public var rows: [[Double]]
    public var runs: Int
    public var seed: UInt64
    /// The generator of every replication's streams (`--generator`).
    public var generator: RandomGenerator
    public var outcomes: [OutcomeInfo]

    /// 2: `by` and the horizon mean the end of their day. 3: part files and
    /// journals carry the SHA-256 of the settings and of each work item.
    public static let formatVersion = 3

    public init(spec: SweepSpec, design: SweepDesign, toolVersion: String, generator: RandomGenerator = .replicationDefault,
                toolCommit: String = BuildInfo.commit) {
        let model = spec.scenario.model
        format = Self.formatVersion
        self.toolVersion = toolVersion
        self.toolCommit = toolCommit
        gslVersion = DemarcheRandom.gslVersion
        sweepFile = spec.file
        sweepSHA256 = spec.sha256
        scenarioFile = spec.scenario.file
        scenarioName = model.name
        scenarioSHA256 = spec.scenario.sha256
        start = model.calendar.start.description
        horizon = model.calendar.date(endingAt: model.horizon).description
        self.design = spec.design.rawValue
        baseSize = design.baseSize
        factors = spec.factors.map(\.path)
        factorLabels = spec.factors.contains { $0.label != nil } ? spec.factors.map(\.name) : nil
        rows = design.rows
        runs = spec.runs
        seed = spec.seed
        self.generator = generator
        outcomes = model.outcomes.map { outcome in
            switch outcome.measure {
            case .firstEvent(_, let by, _): OutcomeInfo(id: outcome.id, label: outcome.label, kind: .event, byDay: by)
            case .count: OutcomeInfo(id: outcome.id, label: outcome.label, kind: .count, byDay: nil)
            case .inForce(_, let on): OutcomeInfo(id: outcome.id, label: outcome.label, kind: .inForce, byDay: on)
            case .share: OutcomeInfo(id: outcome.id, label: outcome.label, kind: .share, byDay: nil)
            case .attribute: OutcomeInfo(id: outcome.id, label: outcome.label, kind: .attribute, byDay: nil)
            }
        }
    }

    public var items: [WorkItem] { WorkItem.all(variants: rows.count, runs: runs) }
}

import DemarcheRandom

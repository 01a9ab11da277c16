import DemarcheBuildInfo

/// A sweep's report: one row per variant, then a sensitivity ranking per
/// outcome. Built from the complete set of work items in canonical order, so
/// a merged sharded sweep gives the same bytes as an unsharded one.
public struct SweepReport: Codable, Sendable {
    /// 2: snake_case keys, each cell names its outcome (`outcome`), a
    /// variant's number is `variant`.
    public static let formatVersion = 2

    public struct Manifest: Codable, Sendable {
        public var toolVersion: String
        /// The git commit of the build (`BuildInfo.commit`); nil in reports made before it was recorded.
        public var toolCommit: String?
        public var gslVersion: String
        public var sweepFile: String
        public var sweepSHA256: String
        public var scenarioFile: String
        public var scenarioName: String
        public var scenarioSHA256: String
        public var design: String
        public var factors: [String]
        /// Each factor's label (its path when it has none); nil when no factor has one.
        public var factorLabels: [String]?
        public var variants: Int
        public var runsPerVariant: Int
        public var seed: UInt64
        /// The generator of the replications' streams.
        public var generator: String
        public var failedRuns: Int
        public var events: Int

        public init(toolVersion: String, gslVersion: String, sweepFile: String, sweepSHA256: String, scenarioFile: String,
                    scenarioName: String, scenarioSHA256: String, design: String, factors: [String], variants: Int,
                    runsPerVariant: Int, seed: UInt64, generator: String, failedRuns: Int, events: Int,
                    toolCommit: String? = BuildInfo.commit, factorLabels: [String]? = nil) {
            self.toolVersion = toolVersion
            self.toolCommit = toolCommit
            self.gslVersion = gslVersion
            self.sweepFile = sweepFile
            self.sweepSHA256 = sweepSHA256
            self.scenarioFile = scenarioFile
            self.scenarioName = scenarioName
            self.scenarioSHA256 = scenarioSHA256
            self.design = design
            self.factors = factors
            self.factorLabels = factorLabels
            self.variants = variants
            self.runsPerVariant = runsPerVariant
            self.seed = seed
            self.generator = generator
            self.failedRuns = failedRuns
            self.events = events
        }
    }

    /// One outcome in one variant: a probability (events) or a mean.
    public struct Cell: Codable, Sendable {
        /// The outcome's id.
        public var outcome: String
        public var probability: Estimate?
        public var medianDate: String?
        public var mean: Estimate?

        public init(outcome: String, probability: Estimate?, medianDate: String?, mean: Estimate?) {
            self.outcome = outcome
            self.probability = probability
            self.medianDate = medianDate
            self.mean = mean
        }

        /// The number the sensitivity analyses use.
        public var metric: Double? { probability?.value ?? mean?.value }
    }

    public struct Variant: Codable, Sendable {
        public var index: Int
        public var factors: [Double]
        public var cells: [Cell]
        public var failedRuns: Int

        enum CodingKeys: String, CodingKey {
            case index = "variant", factors, cells, failedRuns
        }

        public init(index: Int, factors: [Double], cells: [Cell], failedRuns: Int) {
            self.index = index
            self.factors = factors
            self.cells = cells
            self.failedRuns = failedRuns
        }
    }

    public struct Entry: Codable, Sendable {
        public var factor: String
        /// oat: the outcome at the factor's low and high, and |high − low|.
        public var atLow: Double?
        public var atHigh: Double?
        public var swing: Double?
        /// saltelli: Sobol indices with 95% bootstrap intervals.
        public var firstOrder: Estimate?
        public var total: Estimate?
        /// lhs, sobol: standardised rank regression coefficient.
        public var srrc: Double?

        public init(factor: String, atLow: Double? = nil, atHigh: Double? = nil, swing: Double? = nil,
                    firstOrder: Estimate? = nil, total: Estimate? = nil, srrc: Double? = nil) {
            self.factor = factor
            self.atLow = atLow
            self.atHigh = atHigh
            self.swing = swing
            self.firstOrder = firstOrder
            self.total = total
            self.srrc = srrc
        }
    }

    public struct Sensitivity: Codable, Sendable {
        public var outcome: String
        public var method: String
        /// What the numbers are, or why there are none.
        public var note: String
        /// Most influential first.
        public var entries: [Entry]
        /// sobol: the factors whose ST interval overlaps the leading
        /// factor's, leader first (``SweepReport/Sensitivity/overlappingLeader(_:)``):
        /// the intervals are too wide to rank them. Nil when the leader stands apart.
        public var overlappingLeader: [String]?

        public init(outcome: String, method: String, note: String, entries: [Entry]) {
            self.outcome = outcome
            self.method = method
            self.note = note
            self.entries = entries
            overlappingLeader = method == "sobol" ? Self.overlappingLeader(entries) : nil
        }
    }

    public struct OutcomeInfo: Codable, Sendable {
        public var id: String
        public var label: String
        public var kind: OutcomeSummary.Kind

        public init(id: String, label: String, kind: OutcomeSummary.Kind) {
            self.id = id
            self.label = label
            self.kind = kind
        }
    }

    public var format: Int
    public var manifest: Manifest
    public var outcomes: [OutcomeInfo]
    public var variants: [Variant]
    public var sensitivity: [Sensitivity]

    public init(manifest: Manifest, outcomes: [OutcomeInfo], variants: [Variant], sensitivity: [Sensitivity]) {
        format = Self.formatVersion
        self.manifest = manifest
        self.outcomes = outcomes
        self.variants = variants
        self.sensitivity = sensitivity
    }
}

import DemarcheBuildInfo

/// A Monte Carlo report: everything the renderers print and `compare` reads.
/// Its JSON encoding is the machine-readable report.
public struct Report: Codable, Sendable {
    /// Version of this structure; `compare` and `score` refuse other versions.
    /// 2: `by`, checkpoints and the horizon mean the end of their day.
    /// 3: snake_case keys shared with the CSV tables, every key present
    /// (null where nothing applies, `not_reached` for a date never reached),
    /// dated curve points, order statuses as a list (Report+Coding.swift).
    public static let formatVersion = 3

    public var format: Int
    public var manifest: Manifest
    /// Wall time and speed: the only part that depends on the machine and
    /// on `--jobs`; omitted with `--no-timing`.
    public var performance: Performance?
    public var outcomes: [OutcomeSummary]
    public var actors: [ActorRow]
    public var orders: [OrderRow]
    public var markets: [MarketRow]
    /// The source of each parameter, waiting time and fact that names one.
    public var sources: [SourceRow]
    /// The dated sources cited, with how often (nil in reports made before
    /// sources were dated).
    public var citedSources: [CitedSource]?
    /// How many numbers rest on an assumption or name no source (nil in
    /// reports made before sources were dated).
    public var sourcing: SourcingSummary?
    public var convergence: ConvergenceSummary
    /// What drives each outcome (`run --drivers`), and what each mechanic
    /// adds (`run --attribution`); nil when not asked for.
    public var drivers: DriversSummary? = nil
    public var attribution: AttributionSummary? = nil

    public init(
        manifest: Manifest, performance: Performance?, outcomes: [OutcomeSummary], actors: [ActorRow],
        orders: [OrderRow], markets: [MarketRow], sources: [SourceRow], citedSources: [CitedSource]? = nil,
        sourcing: SourcingSummary? = nil, convergence: ConvergenceSummary
    ) {
        self.format = Self.formatVersion
        self.manifest = manifest
        self.performance = performance
        self.outcomes = outcomes
        self.actors = actors
        self.orders = orders
        self.markets = markets
        self.sources = sources
        self.citedSources = citedSources
        self.sourcing = sourcing
        self.convergence = convergence
    }
}

public struct Manifest: Codable, Equatable, Sendable {
    public var tool: String
    public var toolVersion: String
    /// The git commit of the build (`BuildInfo.commit`); nil in reports made before it was recorded.
    public var toolCommit: String?
    public var gslVersion: String
    public var scenarioFile: String
    public var scenarioName: String
    /// SHA-256 of the scenario file's bytes.
    public var scenarioSHA256: String
    public var asOf: String
    public var start: String
    public var horizon: String
    public var seed: UInt64
    public var runs: Int
    public var generator: String
    public var overrides: [String]
    public var untilPrecision: Double?

    public init(
        toolVersion: String, gslVersion: String, scenarioFile: String, scenarioName: String, scenarioSHA256: String,
        asOf: String, start: String, horizon: String, seed: UInt64, runs: Int, generator: String, overrides: [String],
        untilPrecision: Double?, toolCommit: String? = BuildInfo.commit
    ) {
        self.tool = "demarche"
        self.toolVersion = toolVersion
        self.toolCommit = toolCommit
        self.gslVersion = gslVersion
        self.scenarioFile = scenarioFile
        self.scenarioName = scenarioName
        self.scenarioSHA256 = scenarioSHA256
        self.asOf = asOf
        self.start = start
        self.horizon = horizon
        self.seed = seed
        self.runs = runs
        self.generator = generator
        self.overrides = overrides
        self.untilPrecision = untilPrecision
    }
}

public struct Performance: Codable, Sendable {
    public var wallSeconds: Double
    public var events: Int
    public var eventsPerSecond: Double
    public var jobs: Int

    public init(wallSeconds: Double, events: Int, eventsPerSecond: Double, jobs: Int) {
        self.wallSeconds = wallSeconds
        self.events = events
        self.eventsPerSecond = eventsPerSecond
        self.jobs = jobs
    }
}

/// One outcome over all runs.
public struct OutcomeSummary: Codable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case event, count, share, attribute
        /// Whether an order is in force at the end of day `by` (values 1 or 0).
        case inForce = "in_force"
    }

    public struct Checkpoint: Codable, Sendable {
        public var date: String
        public var day: Double
        public var probability: Estimate

        public init(date: String, day: Double, probability: Estimate) {
            self.date = date
            self.day = day
            self.probability = probability
        }
    }

    /// Dates at which the event had happened with probability 10%, 50%, 90%.
    public struct DateQuantiles: Codable, Sendable {
        public var p10: String?
        public var median: String?
        public var p90: String?

        public init(p10: String?, median: String?, p90: String?) {
            self.p10 = p10
            self.median = median
            self.p90 = p90
        }
    }

    /// A point of the cumulative incidence curve with its 95% band.
    public struct CurvePoint: Codable, Sendable {
        public var day: Double
        /// The calendar date `day` falls on.
        public var date: String
        public var incidence: Double
        public var low: Double
        public var high: Double

        public init(day: Double, date: String, incidence: Double, low: Double, high: Double) {
            self.day = day
            self.date = date
            self.incidence = incidence
            self.low = low
            self.high = high
        }
    }

    public var id: String
    public var label: String
    public var kind: Kind
    /// event: the headline date and P(event by the end of that day); count:
    /// the date the events are counted by; in_force: the day at whose end
    /// the order is observed, and `probability` that it is in force then. `byDay` is the end of that day on
    /// the clock (days since the start's first instant).
    public var by: String?
    public var byDay: Double?
    public var probability: Estimate?
    public var checkpoints: [Checkpoint]
    /// event: runs where it happened by the horizon.
    public var occurred: Int?
    /// event: quantiles of the date among runs where it happened.
    public var whenItHappened: DateQuantiles?
    /// event: Kaplan–Meier quantiles over all runs (censored at the horizon).
    public var timeToEvent: DateQuantiles?
    public var curve: [CurvePoint]
    /// count, share, attribute: mean with 95% CI, and P10 / P90.
    public var mean: Estimate?
    public var p10: Double?
    public var p90: Double?
    /// Per-run values in replication order: for events the day it happened
    /// (rounded down to 1e-4, so that it stays within its day; null when it
    /// did not happen by the end of the horizon), otherwise the value rounded
    /// to 1e-4.
    public var values: [Double?]

    public init(id: String, label: String, kind: Kind, by: String?, byDay: Double?, probability: Estimate?, checkpoints: [Checkpoint], occurred: Int?, whenItHappened: DateQuantiles?, timeToEvent: DateQuantiles?, curve: [CurvePoint], mean: Estimate?, p10: Double?, p90: Double?, values: [Double?]) {
        self.id = id
        self.label = label
        self.kind = kind
        self.by = by
        self.byDay = byDay
        self.probability = probability
        self.checkpoints = checkpoints
        self.occurred = occurred
        self.whenItHappened = whenItHappened
        self.timeToEvent = timeToEvent
        self.curve = curve
        self.mean = mean
        self.p10 = p10
        self.p90 = p90
        self.values = values
    }
}

public struct ActorRow: Codable, Sendable {
    public struct OptionShare: Codable, Sendable {
        public var option: String
        public var probability: Estimate

        public init(option: String, probability: Estimate) {
            self.option = option
            self.probability = probability
        }
    }

    public var decision: String
    public var actor: String
    public var complied: Estimate
    /// Median date of complying among runs where it complied.
    public var medianDate: String?
    public var options: [OptionShare]
    public var retaliatedAgainst: Estimate

    public init(decision: String, actor: String, complied: Estimate, medianDate: String?, options: [OptionShare], retaliatedAgainst: Estimate) {
        self.decision = decision
        self.actor = actor
        self.complied = complied
        self.medianDate = medianDate
        self.options = options
        self.retaliatedAgainst = retaliatedAgainst
    }
}

public struct OrderRow: Codable, Sendable {
    public var order: String
    public var target: String
    /// Status → probability that the order ever reached it (every generic
    /// order event: `issued`, `challenged`, `injunction_denied`, …).
    public var statuses: [String: Estimate]

    /// The statuses the Markdown and HTML tables show, in order (CSV and
    /// JSON have them all).
    public static let tableStatuses = [
        "issued", "complied", "extended", "postponed", "enjoined", "reinstated", "missed", "enforced", "effective",
        "dropped", "revoked",
    ]

    public init(order: String, target: String, statuses: [String: Estimate]) {
        self.order = order
        self.target = target
        self.statuses = statuses
    }
}

public struct MarketRow: Codable, Sendable {
    public var market: String
    public var country: String
    public var vendor: String
    public var mean: Double
    public var p10: Double
    public var p90: Double

    public init(market: String, country: String, vendor: String, mean: Double, p10: Double, p90: Double) {
        self.market = market
        self.country = country
        self.vendor = vendor
        self.mean = mean
        self.p10 = p10
        self.p90 = p90
    }
}

public struct ConvergenceSummary: Codable, Sendable {
    /// The widest 95% CI half-width among probabilities, and whose it is.
    public var widestHalfWidth: Double
    public var outcome: String?
    public var runs: Int

    public init(widestHalfWidth: Double, outcome: String?, runs: Int) {
        self.widestHalfWidth = widestHalfWidth
        self.outcome = outcome
        self.runs = runs
    }
}

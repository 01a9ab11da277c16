import DemarcheKernel

/// A reference class: the historical cases a forecast is calibrated to, as
/// competing-risks observations (how long each case ran, and how it ended or
/// that it was still running), read from a reference-class file
/// (`demarche_reference: 1`) and its case file.
public struct ReferenceClass: Sendable {
    /// One selected case.
    public struct Case: Sendable, Equatable {
        /// The case file's first column (TIES: `caseid`).
        public var id: String
        /// Line of the case file the case is on.
        public var line: Int
        /// When the case began, in days since 1970-01-01 (fractional when a
        /// coarse date was imputed).
        public var start: Double
        /// Days from the start to the end or to censoring; a case that ends
        /// on the day it began counts half a day.
        public var time: Double
        /// Index into ``ReferenceClass/causes``; nil when censored.
        public var cause: Int?
        /// One value per ``ReferenceClass/covariates``.
        public var covariates: [Double]
        /// Whether a start, end or censoring date had a blank month or day.
        public var imputed: Bool
        /// The last day (days since 1970-01-01) its end or censoring date
        /// allows (31 December for a year alone): the case is known only
        /// once this day is past, so a forecast as of an earlier date may
        /// not use it. The start comes no later.
        public var lastDay: Int
    }

    /// Selected rows that could not be used, with the reason (never dropped silently).
    public struct Exclusion: Sendable, Equatable {
        public var reason: String
        public var count: Int
    }

    public let file: String
    public let sha256: String
    public let casesFile: String
    public let casesSHA256: String
    public let name: String
    public let description: String
    public let citation: String
    /// When the case file became public.
    public let published: CalendarDate
    /// Rows of the case file, and rows that met the selection.
    public let rowCount: Int
    public let selectedCount: Int
    public let causes: [String]
    /// The cause that is compliance (the target gives in).
    public let compliance: Int
    public let covariates: [String]
    /// Days at which incidence is reported.
    public let checkpoints: [Double]
    /// Names of the parametric forms to fit (`exponential`, `weibull`).
    public let forms: [String]
    /// The coarse-date rule in force (`midpoint` or `drop`).
    public let coarseRule: String
    public let cases: [Case]
    public let exclusions: [Exclusion]

    /// Events per cause, in ``causes`` order.
    public var eventCounts: [Int] {
        causes.indices.map { cause in cases.count { $0.cause == cause } }
    }

    /// Cases still running when last seen.
    public var censoredCount: Int { cases.count { $0.cause == nil } }
}

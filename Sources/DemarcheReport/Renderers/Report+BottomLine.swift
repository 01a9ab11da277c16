/// The paragraph a briefing opens with: what the results say, in plain words,
/// every number with its 95% interval. Generated from the report alone, so the
/// same report always gives the same words.
public struct BottomLine: Sendable, Equatable {
    /// One input the drivers analysis ranks high for one outcome, as the
    /// bottom line names it: a drawn parameter's standardised rank regression
    /// coefficient, or the change in probability when a mechanic is turned off.
    public struct Driver: Sendable, Equatable {
        public enum Measure: Sendable, Equatable {
            /// A standardised rank regression coefficient, in [−1, 1].
            case srrc
            /// A change in probability (a fraction; printed in percentage points).
            case probabilityChange
        }

        /// The outcome's label, as the report gives it.
        public var outcome: String
        /// The parameter path or mechanic.
        public var input: String
        public var measure: Measure
        public var estimate: Estimate

        public init(outcome: String, input: String, measure: Measure, estimate: Estimate) {
            self.outcome = outcome
            self.input = input
            self.measure = measure
            self.estimate = estimate
        }
    }

    /// One line of the bottom line: "Most likely", and what it says.
    public struct Point: Sendable, Equatable {
        public var topic: String
        public var text: String

        public init(topic: String, text: String) {
            self.topic = topic
            self.text = text
        }
    }

    /// What was simulated, and how to read the figures.
    public var lead: String
    public var points: [Point]

    /// The bottom line as one paragraph.
    public var text: String { ([lead] + points.map { "\($0.topic): \($0.text)." }).joined(separator: " ") }

    /// Outcomes named among the most and least likely when there are too many to list.
    static let mostLikely = 3
    static let leastLikely = 2
    /// Up to this many probabilities are all listed, most likely first.
    static let listAll = 5
    static let earliest = 3
    static let counts = 3
}

extension Report {
    /// The bottom line: the run, the most and least likely outcomes, the
    /// earliest median dates, the expected counts, and the `drivers` given (in
    /// the order given, grouped by outcome; none, no sentence).
    public func bottomLine(drivers: [BottomLine.Driver] = []) -> BottomLine {
        typealias F = ReportFormatting
        let lead = "Forecast as of \(manifest.asOf) from \(F.grouped(manifest.runs)) simulated runs to \(manifest.horizon); "
            + "each figure is followed by its 95% interval."
        var points: [BottomLine.Point] = []

        let chances = outcomes.enumerated().compactMap { index, outcome -> (index: Int, outcome: OutcomeSummary, p: Estimate)? in
            guard outcome.kind == .event || outcome.kind == .inForce, let p = outcome.probability else { return nil }
            return (index, outcome, p)
        }.sorted { $0.p.value != $1.p.value ? $0.p.value > $1.p.value : $0.index < $1.index }
        func listed(_ rows: some Sequence<(index: Int, outcome: OutcomeSummary, p: Estimate)>) -> String {
            rows.map { "\(BottomLine.headline($0.outcome)): \(BottomLine.probability($0.p))" }.joined(separator: "; ")
        }
        if chances.count > BottomLine.listAll {
            points.append(BottomLine.Point(topic: "Most likely", text: listed(chances.prefix(BottomLine.mostLikely))))
            points.append(BottomLine.Point(topic: "Least likely", text: listed(chances.suffix(BottomLine.leastLikely).reversed())))
        } else if !chances.isEmpty {
            points.append(BottomLine.Point(topic: chances.count == 1 ? "The outcome" : "The outcomes, most likely first", text: listed(chances)))
        }

        let events = outcomes.filter { $0.kind == .event }
        let medians = events.compactMap { outcome in outcome.timeToEvent?.median.map { (outcome, $0) } }
            .enumerated().sorted { $0.element.1 != $1.element.1 ? $0.element.1 < $1.element.1 : $0.offset < $1.offset }
            .map(\.element)
        if !events.isEmpty {
            let topic = "Earliest median dates (by when it has happened in half the runs)"
            if medians.isEmpty {
                points.append(BottomLine.Point(topic: topic, text: "none; no event happens in half the runs by \(manifest.horizon)"))
            } else {
                let named = medians.prefix(BottomLine.earliest)
                var text = named.map { "\(BottomLine.headline($0.0, withDate: false)): \($0.1)" }.joined(separator: "; ")
                let unreached = events.count - medians.count
                if unreached > 0 {
                    let plural = unreached == 1 ? "event does" : "events do"
                    // "the other" only when every event that has a median date is named.
                    text += "; \(medians.count == named.count ? "the other " : "")\(unreached) \(plural) not happen "
                        + "in half the runs by \(manifest.horizon)"
                }
                points.append(BottomLine.Point(topic: topic, text: text))
            }
        }

        let counts = outcomes.filter { $0.kind == .count }.compactMap { outcome in outcome.mean.map { (outcome, $0) } }
        if !counts.isEmpty {
            points.append(BottomLine.Point(topic: "Expected counts", text: counts.prefix(BottomLine.counts)
                .map { "\($0.0.label): \(BottomLine.number($0.1))" }.joined(separator: "; ")))
        }

        var byOutcome: [(outcome: String, drivers: [BottomLine.Driver])] = []
        for driver in drivers {
            if let index = byOutcome.firstIndex(where: { $0.outcome == driver.outcome }) {
                byOutcome[index].drivers.append(driver)
            } else {
                byOutcome.append((driver.outcome, [driver]))
            }
        }
        if !byOutcome.isEmpty {
            points.append(BottomLine.Point(topic: "Main drivers", text: byOutcome.map { group in
                "\(group.outcome): " + group.drivers.map { "\($0.input) (\(BottomLine.driverFigure($0)))" }.joined(separator: ", ")
            }.joined(separator: "; ")))
        }
        return BottomLine(lead: lead, points: points)
    }
}

extension BottomLine {
    /// The outcome's label with its date ("… by 2020-12-31", "… on 2020-09-20")
    /// unless the label already gives it; `withDate: false` drops a trailing
    /// " by DATE" instead.
    static func headline(_ outcome: OutcomeSummary, withDate: Bool = true) -> String {
        guard let by = outcome.by else { return outcome.label }
        if !withDate {
            return outcome.label.hasSuffix(" by \(by)") ? String(outcome.label.dropLast(" by \(by)".count)) : outcome.label
        }
        guard !outcome.label.contains(by) else { return outcome.label }
        return outcome.label + (outcome.kind == .inForce ? " on " : " by ") + by
    }

    /// "18% (17–19%)": whole percents between 2% and 98%, one decimal nearer
    /// the ends, two below 0.1% or above 99.9%; exactly 0 and 1 as 0% and 100%.
    static func probability(_ estimate: Estimate) -> String {
        let value = estimate.value
        let digits = (0.02...0.98).contains(value) ? 0 : (0.001...0.999).contains(value) ? 1 : 2
        func percent(_ fraction: Double) -> String {
            fraction == 0 || fraction == 1 ? "\(Int(fraction * 100))" : ReportFormatting.text("%.\(digits)f", fraction * 100)
        }
        return "\(percent(value))% (\(percent(estimate.low))–\(percent(estimate.high))%)"
    }

    /// "1.26 (1.24–1.28)": two decimals below 10, one above.
    static func number(_ estimate: Estimate) -> String {
        let digits = abs(estimate.value) < 10 ? 2 : 1
        let f = { ReportFormatting.text("%.\(digits)f", $0) }
        return "\(f(estimate.value)) (\(f(estimate.low))–\(f(estimate.high)))"
    }

    /// "SRRC +0.45, 0.41 to 0.49", or a mechanic's contribution "-12.0 pp, -15.0 to -9.0 pp".
    static func driverFigure(_ driver: Driver) -> String {
        let e = driver.estimate
        let f = { (format: String, value: Double) in ReportFormatting.text(format, value) }
        switch driver.measure {
        case .srrc:
            return "SRRC \(f("%+.2f", e.value)), \(f("%.2f", e.low)) to \(f("%.2f", e.high))"
        case .probabilityChange:
            return "\(f("%+.1f", e.value * 100)) pp, \(f("%.1f", e.low * 100)) to \(f("%.1f", e.high * 100)) pp"
        }
    }
}

extension BottomLine {
    /// The lead as a paragraph, the points as a list.
    var html: String {
        let e = HTMLText.escape
        return "<p>\(e(lead))</p><ul>" + points.map { "<li><b>\(e($0.topic)):</b> \(e($0.text)).</li>" }.joined() + "</ul>"
    }

    var markdown: String {
        lead + "\n\n" + points.map { "- **\($0.topic):** \($0.text).\n" }.joined()
    }
}

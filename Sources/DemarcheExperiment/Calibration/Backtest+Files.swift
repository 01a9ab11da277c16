import DemarcheKernel
import DemarcheScenario
import Foundation

extension Backtest {
    /// The backtest as the files a forecaster's record is kept in: a scenario
    /// whose one decision takes the hazards fitted on the training cases only
    /// (the calibration snippet, without covariates), and a resolutions file
    /// with a question per test case and horizon ("did the target give in
    /// within h days of the case's start?") resolved from the case file, with
    /// the training set's rate as its base rate. `demarche run` then
    /// `demarche score` give the backtest's scores from the real pipeline.
    ///
    /// The scenario's clock is nominal: day 0 is each case's start, dated at
    /// the case file's publication, which is also its `as_of` (the fit uses
    /// only cases begun before the split, but the file became public later).
    /// `referencePath` names the reference-class file as the scenario sees it.
    func files(referencePath: String) throws(BacktestError) -> (scenario: String, resolutions: String) {
        let (training, test) = partition
        guard training.contains(where: { $0.cause == reference.compliance }) else { throw .noTrainingEvents }
        guard !test.isEmpty else { throw .noTestCases }
        let calibration = try? Calibrator(reference: reference.restricted { $0.start < Double(split.dayNumber) },
                                          toolVersion: toolVersion, referencePath: referencePath)
        guard let snippet = calibration?.report().snippet, !snippet.contains("could not be fitted: no snippet") else {
            throw .noTrainingEvents
        }
        let start = reference.published
        let days = horizons.map { Int($0.rounded(.up)) }
        func date(_ horizon: Int) -> CalendarDate { start.adding(days: horizon - 1) }
        let compliance = reference.causes[reference.compliance]
        let scenario = scenarioText(snippet: snippet, referencePath: referencePath, start: start,
                                    horizon: date(days.max() ?? 1), checkpoints: days.map(date), compliance: compliance)
        var questions: [String] = []
        for (horizon, day) in zip(horizons, days) {
            let rate = baseRate(training, within: horizon)
            for item in test {
                guard let resolved = resolution(item, within: horizon) else { continue }
                let began = CalendarDate(dayNumber: Int(item.start.rounded(.down)))
                let ending = item.cause.map { "\(reference.causes[$0]) after \(Self.days(item.time)) days" }
                    ?? "still running after \(Self.days(item.time)) days"
                questions.append("""
                      case-\(item.id)-\(day)d:
                        text: "Case \(item.id), begun \(began): does the target give in within \(day) days?"
                        outcome: \(compliance)
                        by: \(date(day))
                        resolved: \(resolved)
                        source: "\((reference.casesFile as NSString).lastPathComponent) line \(item.line): \(ending)"
                        base_rate: \(String(format: "%.6g", rate))
                    """)
            }
        }
        let resolutions = """
            # Emitted by `demarche backtest --emit`: one question per case of \((reference.file as NSString).lastPathComponent)
            # begun from \(split) to \(until) and resolved by each horizon (cases censored before it are left out);
            # dates are on the scenario's nominal clock, day 0 = the case's start (\(start)).
            # base_rate: the share of training cases (begun before \(split)) that gave in within the horizon.
            demarche_resolutions: 1
            name: "Backtest of \(reference.name): cases begun \(split) to \(until)"
            questions:
            \(questions.joined(separator: "\n"))

            """
        return (scenario, resolutions)
    }

    /// Writes `backtest-scenario.yaml` and `backtest-resolutions.yaml` into
    /// `directory` (created if missing), each atomically.
    public func emit(into directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let files = try files(referencePath: Self.relativePath(from: directory, to: reference.file))
        try AtomicFile.write(files.scenario, to: (directory as NSString).appendingPathComponent("backtest-scenario.yaml"))
        try AtomicFile.write(files.resolutions, to: (directory as NSString).appendingPathComponent("backtest-resolutions.yaml"))
    }

    /// `file` as seen from `directory`: `../reference/x.yaml`.
    static func relativePath(from directory: String, to file: String) -> String {
        func components(_ path: String) -> [String] {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().pathComponents
        }
        let from = components(directory)
        let to = components(file)
        let common = zip(from, to).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - common) + to[common...]).joined(separator: "/")
    }

    private func scenarioText(snippet: String, referencePath: String, start: CalendarDate, horizon: CalendarDate,
                              checkpoints: [CalendarDate], compliance: String) -> String {
        let indented = snippet.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
        return """
            # Emitted by `demarche backtest --emit`: the reference class \(referencePath)
            # fitted on its cases begun before \(split), as one decision. The clock is nominal:
            # day 0 (\(start), the case file's publication) is the start of any case.
            demarche: 1
            name: "Backtest of \(reference.name): fitted on cases begun before \(split)"
            as_of: \(start)
            start: \(start)
            horizon: \(horizon)
            actors:
              sender: { kind: state, name: Sender }
              target: { kind: state, name: Target }
            decisions:
              case:
                actor: target
                since: \(start)
            \(indented)
                options:
                  \(compliance): { complies: true }
            outcomes:
              \(compliance):
                label: The target gives in
                event: decision.case.\(compliance)
                checkpoints: [\(checkpoints.map(\.description).joined(separator: ", "))]

            """
    }

    private static func days(_ time: Double) -> String { String(format: "%.0f", time) }
}

import Foundation
import Testing

/// `validate`, `trace` and `schema` end to end, on the bundled scenarios and
/// the broken files, comparing whole outputs.
@Suite struct ScenarioCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Every number of the bundled scenarios names a source: no warning.
    @Test func bundledScenariosAreValid() throws {
        let files = ["Scenarios/clean-network-2020.yaml", "Scenarios/huawei-5g-europe-2019.yaml", "Scenarios/tutorial.yaml",
                     "Scenarios/huawei-sweep.yaml"]
        let result = try CommandRunner.run(["validate"] + files.map(Self.path))
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "")
        #expect(result.standardOutput.split(separator: "\n").count == 4)
        #expect(result.standardOutput.contains("clean-network-2020.yaml: valid — 11 actors, 0 campaigns, 2 decisions, 10 orders, 1 shock"))
    }

    @Test func brokenFilesGiveEditorDiagnostics() throws {
        let file = Self.path("Tests/DemarcheScenarioTests/Broken/unknown-keys.yaml")
        let result = try CommandRunner.run(["validate", file, Self.path("Scenarios/tutorial.yaml")])
        #expect(result.exitedNormally && result.status == 1)
        #expect(result.standardError == """
            \(file):8:27: error: actors.germany.opositon: unknown key 'opositon' in actor (did you mean 'opposition'?)
            \(file):11:12: error: decisions.germany-5g.actor: unknown actor 'germnay' (did you mean 'germany'?)
            \(file):15:15: error: outcomes.x.event: unknown event 'decision.germany-5g.exclud' (did you mean 'decision.germany-5g.exclude'?)

            """)
        #expect(result.standardOutput.hasSuffix("tutorial.yaml: valid — 6 actors, 1 campaign, 4 decisions, 4 orders, 1 shock, 1 trigger, 8 outcomes, 92 parameters\n"))
    }

    /// Warnings go to standard error, with locations, and leave the exit
    /// status at 0; `run` prints them too.
    @Test func warningsDoNotFailValidation() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-warn-\(UUID().uuidString).yaml").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
            demarche: 1
            name: unsourced
            as_of: 2024-01-01
            start: 2024-01-01
            horizon: 2024-12-31
            actors: { a: { kind: state, alignment: 0.9 } }
            decisions: { d: { actor: a, monthly_hazard: { value: 0.1, source: assumption }, options: { exclude: {} } } }
            outcomes: { x: { event: decision.d.exclude } }
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let warning = "\(file):6:40: warning: actors.a.alignment: no source; name one or write source: assumption\n"
        let validate = try CommandRunner.run(["validate", file])
        #expect(validate.status == 0)
        #expect(validate.standardError == warning)
        #expect(validate.standardOutput.hasPrefix("\(file): valid"))
        let run = try CommandRunner.run(["run", file, "--runs", "20", "--quiet"])
        #expect(run.status == 0)
        #expect(run.standardError == warning)
        #expect(run.standardOutput.contains("1 of the 2 parameters the file gives rest at least in part on an assumption; 1 names no source."))
    }

    @Test(arguments: [
        (["validate", "/nonexistent.yaml"], "/nonexistent.yaml: error: no such file"),
        (["validate", "/tmp"], "/tmp: error: is a directory, not a scenario file"),
        (["trace", "/nonexistent.yaml"], "/nonexistent.yaml: error: no such file"),
        (["validate", "--set", "oops", "x.yaml"], "--set oops: expected PATH=VALUE"),
    ])
    func badArgumentsAreOneLineErrors(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.exitedNormally && result.status != 0)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    /// The Clean Network timeline for seed 1 on mt19937 (pinned again when
    /// each construct got its own streams, issue 12): the
    /// order dates of the sources (the FCC's notice of 2020-04-24, bans due
    /// 2020-09-20, divestiture due 2020-11-12), the dated chain that follows,
    /// and every outcome.
    @Test func cleanNetworkTrace() throws {
        let result = try CommandRunner.run(
            ["trace", Self.path("Scenarios/clean-network-2020.yaml"), "--seed", "1", "--generator", "mt19937"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == """
            # Clean Network, as of 2020-08-16 — seed 1, replication 0, mt19937 streams

            | date                      | actor         | event                                     | detail                                       |
            |---------------------------|---------------|-------------------------------------------|----------------------------------------------|
            | 2020-04-24 (before start) | china-telecom | order.china-telecom-licence.issued        | decision 2021-04-16                          |
            | 2020-08-06 (before start) | bytedance     | order.tiktok-ban.issued                   | deadline 2020-09-20                          |
            | 2020-08-06 (before start) | tencent       | order.wechat-ban.issued                   | deadline 2020-09-20                          |
            | 2020-08-14 (before start) | bytedance     | order.tiktok-divest.issued                | deadline 2020-11-12                          |
            | 2020-08-26                | bytedance     | order.tiktok-ban.challenged               |                                              |
            | 2020-09-05                | tencent       | order.wechat-ban.challenged               |                                              |
            | 2020-09-20                | bytedance     | order.tiktok-ban.effective                |                                              |
            | 2020-09-20                | tencent       | order.wechat-ban.effective                |                                              |
            | 2020-09-23                | bytedance     | order.tiktok-ban.injunction_denied        |                                              |
            | 2020-09-24                | tencent       | order.wechat-ban.enjoined                 |                                              |
            | 2020-11-03                |               | shock.us-election-2020.challenger         |                                              |
            | 2020-11-12                | bytedance     | order.tiktok-divest.extended              | new deadline 2020-12-12                      |
            | 2020-12-11                |               | escalation.baidu-next                     |                                              |
            | 2020-12-11                | baidu         | order.baidu-ban.issued                    | deadline 2021-01-25                          |
            | 2020-12-12                | bytedance     | order.tiktok-divest.missed                |                                              |
            | 2021-01-09                | bytedance     | decision.bytedance-case.sender-backs-down | ended without compliance, case aged 157 days |
            | 2021-01-09                |               | trigger.us-drops-tiktok                   |                                              |
            | 2021-01-09                | bytedance     | order.tiktok-divest.revoked               |                                              |
            | 2021-01-09                | bytedance     | order.tiktok-ban.revoked                  |                                              |
            | 2021-01-25                | baidu         | order.baidu-ban.effective                 |                                              |
            | 2021-04-16                | china-telecom | order.china-telecom-licence.dropped       |                                              |

            Outcomes:
            - tiktok-divested (ByteDance divests TikTok's US business): did not happen by 2021-12-31
            - tiktok-deadline-extended (The divestiture deadline is extended): 2020-11-12
            - tiktok-divest-missed (The divestiture deadline passes unsold): 2020-12-12
            - tiktok-divest-enforced (The divestiture order is missed and enforced): did not happen by 2021-12-31
            - tiktok-ban-effective (The TikTok transaction ban takes effect): 2020-09-20
            - tiktok-ban-postponed (The TikTok ban is postponed before it takes effect): did not happen by 2021-12-31
            - tiktok-ban-in-force-2020-09-20 (The TikTok ban is in force on 2020-09-20): in force at the end of 2020-09-20
            - tiktok-ban-in-force-2020-09-27 (The TikTok ban is in force on 2020-09-27): in force at the end of 2020-09-27
            - tiktok-ban-in-force-2020-10-20 (The TikTok ban is in force on 2020-10-20): in force at the end of 2020-10-20
            - tiktok-ban-in-force-2021-06-30 (The TikTok ban is in force on 2021-06-30): not in force at the end of 2021-06-30
            - tiktok-ban-enjoined (A court enjoins the TikTok ban): did not happen by 2021-12-31
            - wechat-ban-effective (The WeChat transaction ban takes effect): 2020-09-20
            - wechat-ban-in-force-2020-09-20 (The WeChat ban is in force on 2020-09-20): in force at the end of 2020-09-20
            - wechat-ban-in-force-2020-09-27 (The WeChat ban is in force on 2020-09-27): not in force at the end of 2020-09-27
            - wechat-ban-in-force-2020-10-20 (The WeChat ban is in force on 2020-10-20): not in force at the end of 2020-10-20
            - wechat-ban-in-force-2021-06-30 (The WeChat ban is in force on 2021-06-30): not in force at the end of 2021-06-30
            - wechat-ban-enjoined (A court enjoins the WeChat ban): 2020-09-24
            - us-backs-down-tiktok (The US backs down in the TikTok case): 2021-01-09
            - tiktok-settlement (A negotiated settlement ends the TikTok case): did not happen by 2021-12-31
            - orders-revoked (TikTok and WeChat orders revoked by 2021-12-31 (of 3)): 2
            - alibaba-targeted (An order targets Alibaba): did not happen by 2021-12-31
            - alibaba-banned (A ban on transactions with Alibaba takes effect): did not happen by 2021-12-31
            - baidu-banned (A ban on transactions with Baidu takes effect): 2021-01-25
            - china-mobile-investment-banned (A ban on investment in China Mobile takes effect): did not happen by 2021-12-31
            - china-telecom-investment-banned (A ban on investment in China Telecom takes effect): did not happen by 2021-12-31
            - china-mobile-delisted (China Mobile's shares are delisted in New York): did not happen by 2021-12-31
            - china-telecom-delisted (China Telecom's shares are delisted in New York): did not happen by 2021-12-31
            - china-telecom-licence-revoked (The FCC revokes China Telecom Americas' authorisation): did not happen by 2021-12-31
            - next-targets (New targets (of Alibaba, Baidu, China Mobile, China Telecom) by 2021-12-31): 1
            - china-responds (China responds formally to a ban in force or an enforced order): did not happen by 2021-12-31

            """)
    }

    /// Without `--generator` a trace draws from Philox4x32-10 streams, and
    /// names them.
    @Test func traceDefaultsToPhilox() throws {
        let file = Self.path("Scenarios/clean-network-2020.yaml")
        let implicit = try CommandRunner.run(["trace", file, "--seed", "1"])
        let explicit = try CommandRunner.run(["trace", file, "--seed", "1", "--generator", "philox4x32"])
        #expect(implicit.status == 0 && implicit.standardOutput == explicit.standardOutput)
        #expect(implicit.standardOutput.hasPrefix("# Clean Network, as of 2020-08-16 — seed 1, replication 0, philox4x32 streams\n"))
    }

    @Test func traceHonoursOverrides() throws {
        let result = try CommandRunner.run(["trace", Self.path("Scenarios/clean-network-2020.yaml"), "--seed", "1",
                                            "--set", "shocks.us-election-2020.outcomes.challenger.probability=1",
                                            "--set", "shocks.us-election-2020.outcomes.incumbent.probability=0"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("shock.us-election-2020.challenger"))
    }

    @Test func schemaIsJSON() throws {
        let result = try CommandRunner.run(["schema"])
        #expect(result.status == 0)
        let schema = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(schema?["title"] as? String == "Demarche scenario, format 1")
    }

    /// Mutated scenario files through the real command: every run exits
    /// normally, with status 0 (still valid) or 1 and a diagnostic.
    @Test func mutatedFilesNeverCrashTheCommand() throws {
        let source = try String(contentsOfFile: Self.path("Scenarios/clean-network-2020.yaml"), encoding: .utf8)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var scalars = Array(source.unicodeScalars)
        let alphabet = Array("{}[]:-&*\n 9x".unicodeScalars)
        var files: [String] = []
        for index in 0..<24 {
            let position = (index * 7919 + 13) % scalars.count
            scalars[position] = alphabet[index % alphabet.count]
            let file = directory.appendingPathComponent("m\(index).yaml").path
            try String(String.UnicodeScalarView(index % 3 == 0 ? Array(scalars.prefix(scalars.count * index / 24)) : scalars))
                .write(toFile: file, atomically: true, encoding: .utf8)
            files.append(file)
        }
        for file in files {
            let result = try CommandRunner.run(["validate", file])
            #expect(result.exitedNormally, "\(file) crashed")
            #expect(result.status == 0 || (result.status == 1 && result.standardError.contains(": error: ")), "\(file)")
        }
    }
}

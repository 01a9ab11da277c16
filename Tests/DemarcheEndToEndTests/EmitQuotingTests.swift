import Foundation
import Testing
import Yams

/// `emit` quotes what it pastes: the shell, sbatch and YAML read back
/// exactly the paths given, whatever spaces, quotes, `$`, backquotes, `%`
/// or `#` they hold; control characters are refused.
@Suite struct EmitQuotingTests {
    static let weird = #"my dir/it's "quoted" $HOME `x` %p #h \b"#
    static let sweep = weird + "/s.yaml"
    static let parts = weird + "/parts"
    static let out = weird + "/r.md"

    func emit(_ target: String) throws -> String {
        let result = try CommandRunner.run(["emit", target, "--sweep", Self.sweep, "--parts", Self.parts, "--out", Self.out, "--shards", "4"])
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    /// Runs `script` in bash with `mkdir` and `demarche` replaced by functions
    /// that print their arguments; returns each call's words.
    func calls(_ script: String, environment: [String: String] = [:]) throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let stubs = #"mkdir() { printf '%s\n' mkdir "$@" --; }; demarche() { printf '%s\n' demarche "$@" --; }; eval "$SCRIPT""#
        process.arguments = ["-c", stubs]
        process.environment = ["PATH": "/usr/bin:/bin", "SCRIPT": script, "HOME": "/home"].merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script)")
        return output.split(separator: "--\n").map { $0.split(separator: "\n").map(String.init) }
    }

    @Test func slurmScriptReadsBackThePaths() throws {
        let script = try emit("slurm")
        let words = try calls(script, environment: ["SLURM_ARRAY_TASK_ID": "3"])
        #expect(words == [["mkdir", "-p", Self.parts],
                          ["demarche", "sweep", Self.sweep, "--shard", "auto", "--jobs", "1", "--resume", "--quiet",
                           "--out", Self.parts + "/part-3.json"]])
        let wrap = try #require(script.split(separator: "\n").first { $0.contains("--wrap ") }?.components(separatedBy: "--wrap ").last)
        let wrapped = try #require(try calls("printf '%s\\n' " + wrap + " --").first?.first)
        #expect(try calls(wrapped) == [["demarche", "merge", Self.parts + "/part-*.json", "--out", Self.out]])
        #expect(script.contains(##"#SBATCH --output=my\ dir/it\'s\ \"quoted\"\ $HOME\ `x`\ %%p\ \#h\ \\b/parts/slurm-%A_%a.log"##))
    }

    @Test func kubernetesJobReadsBackThePaths() throws {
        let job = try #require(try Yams.load(yaml: try emit("k8s")) as? [String: Any])
        let container = try #require(((((job["spec"] as? [String: Any])?["template"] as? [String: Any])?["spec"] as? [String: Any])?["containers"] as? [[String: Any]])?.first)
        let command = try #require((container["args"] as? [String])?.first)
        #expect(try calls(command, environment: ["JOB_COMPLETION_INDEX": "1"]) == [
            ["mkdir", "-p", Self.parts],
            ["demarche", "sweep", Self.sweep, "--shard", "auto", "--resume", "--quiet", "--out", Self.parts + "/part-2.json"]])
        #expect((container["volumeMounts"] as? [[String: Any]])?.first?["mountPath"] as? String == "/work/" + Self.parts)
    }

    @Test func githubWorkflowReadsBackThePaths() throws {
        let workflow = try #require(try Yams.load(yaml: try emit("github")) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let shard = try #require((jobs["shard"] as? [String: Any])?["steps"] as? [[String: Any]])
        let merge = try #require((jobs["merge"] as? [String: Any])?["steps"] as? [[String: Any]])
        func run(_ step: [String: Any]) -> String {
            (step["run"] as? String ?? "").replacingOccurrences(of: "${{ matrix.shard }}", with: "2")
                .replacingOccurrences(of: ".build/release/demarche", with: "demarche")
        }
        #expect(try calls(run(shard[2])) == [
            ["mkdir", "-p", Self.parts],
            ["demarche", "sweep", Self.sweep, "--shard", "2/4", "--quiet", "--out", Self.parts + "/part-2.json"]])
        #expect(((shard[3]["with"] as? [String: Any])?["path"] as? String) == Self.parts + "/part-${{ matrix.shard }}.json")
        #expect(((merge[1]["with"] as? [String: Any])?["path"] as? String) == Self.parts)
        #expect(try calls(run(merge[3])) == [["demarche", "merge", Self.parts + "/part-*.json", "--out", Self.out]])
        #expect(((merge[4]["with"] as? [String: Any])?["path"] as? String) == Self.out)
    }

    @Test(arguments: [
        (["slurm", "--sweep", "a\nb.yaml"], "--sweep contains a control character (U+A)"),
        (["k8s", "--sweep", "s.yaml", "--parts", "p\u{1B}[31m"], "--parts contains a control character (U+1B)"),
        (["github", "--sweep", "s.yaml", "--out", "r\rm"], "--out contains a control character (U+D)"),
        (["github", "--sweep", "${{ secrets.TOKEN }}.yaml"], "--sweep contains '${{'"),
        (["slurm", "--sweep", "s.yaml", "--parts", ""], "--parts is empty"),
    ])
    func unquotableValuesAreRefused(arguments: [String], message: String) throws {
        let result = try CommandRunner.run(["emit"] + arguments)
        #expect(result.exitedNormally && result.status == 64 && result.standardOutput.isEmpty)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }
}

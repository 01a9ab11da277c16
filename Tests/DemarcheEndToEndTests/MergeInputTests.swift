import Foundation
import Testing

/// Part files are input: `merge` refuses, naming the file and the work item,
/// every part whose items do not add up — and never traps.
@Suite(.serialized) struct MergeInputTests {
    static let directory: URL = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-merge-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }()

    /// Two shards of the tutorial's OAT sweep (outcome 5 is Acme's share).
    static let parts: [String] = (1...2).map { index in
        let path = directory.appendingPathComponent("part-\(index).json").path
        _ = try? CommandRunner.run(["sweep", SweepCommandTests.sweep, "--quiet", "--shard", "\(index)/2", "--out", path])
        return path
    }

    /// Part 1 rewritten by `edit` (on its parsed JSON) to a new file.
    func tampered(_ name: String, _ edit: (inout [String: Any]) throws -> Void) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.parts[0]))
        var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        try edit(&object)
        let path = Self.directory.appendingPathComponent(name).path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Applies `edit` to the first work item of part 1.
    func tamperedItem(_ name: String, _ edit: @escaping (inout [String: Any]) -> Void) throws -> String {
        try tampered(name) { object in
            var results = try #require(object["results"] as? [[String: Any]])
            edit(&results[0])
            object["results"] = results
        }
    }

    func expectRefused(_ part: String, _ messages: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try CommandRunner.run(["merge", part, Self.parts[1]])
        #expect(result.exitedNormally, "merge must not trap", sourceLocation: sourceLocation)
        #expect(result.status != 0 && result.standardOutput.isEmpty, sourceLocation: sourceLocation)
        for message in [part] + messages {
            #expect(result.standardError.contains(message), "\(message) in: \(result.standardError)", sourceLocation: sourceLocation)
        }
    }

    @Test func rewrittenButUnchangedPartsMerge() throws {
        let same = try tampered("same.json") { _ in }
        let result = try CommandRunner.run(["merge", same, Self.parts[1]])
        #expect(result.status == 0, "\(result.standardError)")
    }

    @Test func impossibleShapesAreRefusedWithoutTrapping() throws {
        let overflowing = try tamperedItem("overflow.json") { $0["item"] = ["variant": 0, "start": 250, "count": Int.max] }
        try expectRefused(overflowing, ["variant 0, replications from 250 (count 9223372036854775807)", "this chunk has 250"])
        let empty = try tamperedItem("empty.json") { $0["values"] = [[Any]]() }
        try expectRefused(empty, ["variant 0, replications 0..<250", "values for 0 outcomes; the sweep has 8"])
        let doubled = try tamperedItem("doubled.json") { item in
            item["values"] = (item["values"] as? [[Any]] ?? []).map { $0 + $0 }
        }
        try expectRefused(doubled, ["variant 0, replications 0..<250", "500 values for 250 replications"])
        let truncated = try tamperedItem("truncated.json") { item in
            item["values"] = (item["values"] as? [[Any]] ?? []).map { Array($0.prefix(100)) }
        }
        try expectRefused(truncated, ["variant 0, replications 0..<250", "100 values for 250 replications"])
        let negative = try tamperedItem("negative.json") { $0["failures"] = -5 }
        try expectRefused(negative, ["variant 0, replications 0..<250", "-5 failed runs; expected 0…250"])
        let doubleCounted = try tamperedItem("double-counted.json") { $0["failures"] = 3 }
        try expectRefused(doubleCounted, ["variant 0, replications 0..<250", "says 3 failed runs but 0 runs are NaN"])
        let share = try tamperedItem("share.json") { item in
            var values = item["values"] as? [[Any]] ?? []
            values[6][7] = 2.5
            item["values"] = values
        }
        try expectRefused(share, ["variant 0, replications 0..<250", "outcome 'acme-share' (share), replication 7: 2.5 is outside 0…1"])
        let nan = try tamperedItem("nan.json") { item in
            var values = item["values"] as? [[Any]] ?? []
            values[2][3] = "nan"
            item["values"] = values
        }
        try expectRefused(nan, ["replication 3 failed (NaN) in some outcomes only"])
    }

    @Test func editedValuesAndSettingsFailTheirDigests() throws {
        let edited = try tamperedItem("edited.json") { item in
            var values = item["values"] as? [[Any]] ?? []
            values[6][7] = 0.123456
            item["values"] = values
        }
        try expectRefused(edited, ["variant 0, replications 0..<250", "its values do not match its SHA-256"])
        let settings = try tampered("settings.json") { object in
            var header = try #require(object["header"] as? [String: Any])
            header["runs"] = 6000
            object["header"] = header
        }
        try expectRefused(settings, ["the sweep settings do not match their SHA-256"])
        let oldFormat = try tampered("format2.json") { object in
            var header = try #require(object["header"] as? [String: Any])
            header["format"] = 2
            object["header"] = header
        }
        try expectRefused(oldFormat, ["part file format 2, but this Demarche reads format 3; run the shard again with this version"])
        let zeroShards = try tampered("zero-shards.json") { object in object["shard"] = ["index": 1, "count": 0] }
        try expectRefused(zeroShards, ["not a Demarche sweep part file"])
    }
}

import Foundation
import Testing

/// `--out` renames a temporary file only over a regular file (or nothing):
/// devices and FIFOs are written in place and stay what they are, a link
/// stays a link, `/dev/stdout` is this process's standard output, and what
/// cannot be written is refused. The device and FIFO are private nodes in a
/// temporary directory, so a regression cannot replace the machine's own.
@Suite struct OutputTargetTests {
    static let tutorial = ScenarioCommandTests.path("Scenarios/tutorial.yaml")
    static let arguments = ["run", tutorial, "--runs", "300", "--no-timing", "--quiet"]

    func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("demarche-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    var expected: String { get throws { try CommandRunner.run(Self.arguments).standardOutput } }

    @Test func standardOutputIsWrittenInPlace() throws {
        for path in ["/dev/stdout", "/dev/fd/1"] {
            let result = try CommandRunner.run(Self.arguments + ["--out", path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput == (try expected) && !result.standardOutput.isEmpty, "\(path)")
        }
    }

    /// A character device like /dev/null (mknod c 1 3, as root only) stays a device.
    @Test(.enabled(if: getuid() == 0)) func aCharacterDeviceIsWrittenInPlace() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let null = directory.appendingPathComponent("null").path
        let mknod = Process()
        mknod.executableURL = URL(fileURLWithPath: "/bin/mknod")
        mknod.arguments = [null, "c", "1", "3"]
        try mknod.run()
        mknod.waitUntilExit()
        try #require(fileType(null) == S_IFCHR)
        let result = try CommandRunner.run(Self.arguments + ["--out", null])
        #expect(result.status == 0 && result.standardOutput.isEmpty, "\(result.standardError)")
        #expect(fileType(null) == S_IFCHR, "still a character device")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["null"], "no temporary file left")
    }

    @Test func aFIFOIsWrittenInPlace() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe").path
        let copy = directory.appendingPathComponent("copy").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/sh")
        reader.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, copy]
        try reader.run()
        let result = try CommandRunner.run(Self.arguments + ["--out", fifo])
        #expect(result.status == 0, "\(result.standardError)")
        let stillFIFO = fileType(fifo) == S_IFIFO
        #expect(stillFIFO, "still a FIFO")
        if !stillFIFO { reader.terminate() }
        reader.waitUntilExit()
        let copied = try String(contentsOfFile: copy, encoding: .utf8)
        #expect(copied == (try expected))
    }

    @Test func aLinkToAFileStaysALink() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target.md").path
        let link = directory.appendingPathComponent("link.md").path
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "target.md")
        let result = try CommandRunner.run(Self.arguments + ["--out", link])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(fileType(link) == S_IFLNK && fileType(target) == S_IFREG)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == (try expected))
    }

    @Test func whatCannotBeWrittenIsRefused() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let dangling = directory.appendingPathComponent("dangling").path
        try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "nowhere")
        let toDirectory = directory.appendingPathComponent("to-directory").path
        try FileManager.default.createSymbolicLink(atPath: toDirectory, withDestinationPath: directory.path)
        // A directory (here through a link) takes CSV tables; Markdown is refused.
        for (path, message) in [(dangling, ": is a symbolic link to nothing"), (toDirectory, " is a directory, which takes --format csv")] {
            let result = try CommandRunner.run(Self.arguments + ["--out", path, "--format", "md"])
            #expect(result.exitedNormally && result.status != 0)
            #expect(result.standardError.contains("\(path)\(message)"), "\(result.standardError)")
            #expect(fileType(path) == S_IFLNK, "left as it was")
        }
    }
}

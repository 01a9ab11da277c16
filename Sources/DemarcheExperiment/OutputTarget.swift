import DemarcheReport
import Foundation

/// A command's output formats (`--format`): each named as the file
/// extension that means it (`md`, `json`, `html`, `csv`, `text`).
public protocol OutputFormat: RawRepresentable, CaseIterable, Equatable where RawValue == String {
    /// The format when neither `--format` nor `--out` says: Markdown.
    static var fallback: Self { get }
}

extension OutputFormat {
    /// The format a file name's extension means (`.markdown`, `.htm` and
    /// `.txt` too), or nil.
    static func inferred(from path: String) -> Self? {
        let aliases = ["markdown": "md", "htm": "html", "txt": "text"]
        let suffix = (path as NSString).pathExtension.lowercased()
        return Self(rawValue: aliases[suffix] ?? suffix)
    }
}

extension ReportFormat: OutputFormat {
    public static var fallback: ReportFormat { .md }
}

/// Where `--out` and `--format` send a report: the format is `--format`, or
/// what `--out`'s extension means (`r.json` is JSON), or Markdown; a
/// trailing `/` or an existing directory means a directory of CSV tables,
/// one file each. A `--format` that contradicts `--out` is refused, naming both.
public struct OutputTarget<Format: OutputFormat>: Equatable {
    public enum Destination: Equatable {
        case standardOutput
        case file(String)
        /// A directory of CSV tables (``DataTable``), made if it does not exist.
        case directory(String)
    }

    public let format: Format
    public let destination: Destination

    public init(out: String?, format: Format?) throws(OutputTargetError) {
        guard let out else {
            self.format = format ?? .fallback
            destination = .standardOutput
            return
        }
        var isDirectory: ObjCBool = false
        if out.hasSuffix("/") || (FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) && isDirectory.boolValue) {
            guard let csv = Format(rawValue: "csv") else { throw .noDirectory(out: out) }
            if let format, format != csv { throw .directoryNeedsCSV(out: out, format: format.rawValue) }
            self.format = csv
            destination = .directory(out)
            return
        }
        let inferred = Format.inferred(from: out)
        if let format, let inferred, format != inferred {
            throw .conflict(out: out, means: inferred.rawValue, format: format.rawValue)
        }
        self.format = format ?? inferred ?? .fallback
        destination = .file(out)
    }

    /// Checks, before any work, that the destination can be written.
    public func checkWritable() throws(AtomicFile.Failure) {
        switch destination {
        case .standardOutput: break
        case .file(let path): try AtomicFile.checkWritable(path)
        case .directory(let path): try TableDirectory.checkWritable(path)
        }
    }

    /// Writes text rendered in ``format`` (a directory takes ``write(_:)``'s tables).
    public func write(_ text: String) throws(AtomicFile.Failure) {
        switch destination {
        case .standardOutput: print(text, terminator: "")
        case .file(let path), .directory(let path): try AtomicFile.write(text, to: path)
        }
    }
}

extension OutputTarget where Format == ReportFormat {
    /// Writes the report in ``format``; to a directory, one CSV file per table.
    public func write(_ report: some RenderedReport) throws(AtomicFile.Failure) {
        if case .directory(let path) = destination {
            try TableDirectory.write(report.tables, to: path)
        } else {
            try write(format.render(report))
        }
    }
}

/// `--out` and `--format` that do not agree.
public enum OutputTargetError: Error, Equatable, CustomStringConvertible {
    case conflict(out: String, means: String, format: String)
    case directoryNeedsCSV(out: String, format: String)
    case noDirectory(out: String)

    public var description: String {
        switch self {
        case .conflict(let out, let means, let format):
            "--out \(out) means --format \(means), but --format \(format) was given; drop one or make them agree"
        case .directoryNeedsCSV(let out, let format):
            "--out \(out) is a directory, which takes --format csv (one table per file), but --format \(format) was given"
        case .noDirectory(let out):
            "--out \(out) is a directory, but this command writes a single file; give a file name"
        }
    }
}

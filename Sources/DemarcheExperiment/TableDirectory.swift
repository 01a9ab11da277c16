import DemarcheReport
import Foundation

/// `--format csv --out DIR/`: DIR/name.csv for each table, each written
/// atomically and in pieces (AtomicFile); DIR is made if its parent exists.
public enum TableDirectory {
    /// Checks, before any work, that `path` is a writable directory or can be made one.
    public static func checkWritable(_ path: String) throws(AtomicFile.Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notWritable(path, "it exists and is not a directory") }
            guard FileManager.default.isWritableFile(atPath: path) else { throw .notWritable(path, "the directory is not writable") }
        } else {
            let parent = (path.hasSuffix("/") ? String(path.dropLast()) : path) as NSString
            try AtomicFile.checkWritable(parent.deletingLastPathComponent.isEmpty ? "./x" : parent.deletingLastPathComponent + "/x")
        }
    }

    public static func write(_ tables: [DataTable], to path: String) throws(AtomicFile.Failure) {
        try checkWritable(path)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        } catch {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .notWritable(path, "cannot make the directory")
            }
        }
        for table in tables {
            let file = URL(fileURLWithPath: path).appendingPathComponent(table.name + ".csv").path
            try AtomicFile.write(to: file) { sink throws(AtomicFile.Failure) in try table.writeCSV(sink) }
        }
    }
}

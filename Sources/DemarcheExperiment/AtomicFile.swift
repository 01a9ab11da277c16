import Foundation

/// Writes a file so that readers see either the old contents or the new,
/// never a part: a temporary file in the same directory, then rename(2).
public enum AtomicFile {
    public enum Failure: Error, CustomStringConvertible {
        case isDirectory(String)
        case noDirectory(String)
        case notWritable(String, String)

        public var description: String {
            switch self {
            case .isDirectory(let path): "\(path): is a directory; give a file name for --out"
            case .noDirectory(let path): "\(path): the directory does not exist"
            case .notWritable(let path, let reason): "\(path): cannot write: \(reason)"
            }
        }
    }

    /// Checks, before any work, that `path` can be written.
    public static func checkWritable(_ path: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .isDirectory(path)
        }
        let directory = (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .noDirectory(path)
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw .notWritable(path, "the directory is not writable")
        }
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        try checkWritable(path)
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw Failure.notWritable(path, String(cString: strerror(errno)))
            }
        } catch let failure as Failure {
            try? FileManager.default.removeItem(at: temporary)
            throw failure
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .notWritable(path, error.localizedDescription)
        }
    }
}

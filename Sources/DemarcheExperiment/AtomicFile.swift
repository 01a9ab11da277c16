import Foundation

/// Writes a file so that readers see either the old contents or the new,
/// never a part: a temporary file in the same directory, then rename(2).
///
/// rename(2) replaces whatever the name points at, so it is used only where
/// that is a regular file or nothing: a symbolic link is followed to its
/// target (which keeps the link); a character device or FIFO (`/dev/null`,
/// a named pipe) is written in place, as is `/dev/stdout`, `/dev/stderr` or
/// `/dev/fd/N`, which go to that descriptor as the shell set it up (append
/// mode included); a directory, block device, socket or dangling link is
/// refused.
public enum AtomicFile {
    public enum Failure: Error, CustomStringConvertible {
        case isDirectory(String)
        case noDirectory(String)
        case notWritable(String, String)
        case unsupported(String, String)

        public var description: String {
            switch self {
            case .isDirectory(let path): "\(path): is a directory; give a file name for --out"
            case .noDirectory(let path): "\(path): the directory does not exist"
            case .notWritable(let path, let reason): "\(path): cannot write: \(reason)"
            case .unsupported(let path, let what): "\(path): is \(what); give a regular file, a character device or a FIFO for --out"
            }
        }
    }

    /// How a path is written.
    enum Target: Equatable {
        /// Temporary file and rename(2) onto this path (the link's target for a link).
        case replace(String)
        /// open(2) and write in place (character device, FIFO).
        case inPlace
        /// An open descriptor of this process.
        case descriptor(Int32)
    }

    /// Checks, before any work, that `path` can be written.
    public static func checkWritable(_ path: String) throws(Failure) {
        switch try target(path) {
        case .replace(let file):
            let directory = (file as NSString).deletingLastPathComponent.isEmpty ? "." : (file as NSString).deletingLastPathComponent
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw .noDirectory(path)
            }
            guard FileManager.default.isWritableFile(atPath: directory) else { throw .notWritable(path, "the directory is not writable") }
        case .inPlace:
            guard access(path, W_OK) == 0 else { throw .notWritable(path, String(cString: strerror(errno))) }
        case .descriptor(let descriptor):
            guard fcntl(descriptor, F_GETFL) != -1 else { throw .notWritable(path, "descriptor \(descriptor) is not open") }
        }
    }

    /// Whether `path` is written by replacing a regular file (or creating
    /// one): what a sweep's journal next to it needs.
    public static func replacesFile(_ path: String) -> Bool {
        if case .replace? = try? target(path) { true } else { false }
    }

    public static func write(_ text: String, to path: String) throws(Failure) {
        try write(to: path) { sink throws(Failure) in try sink(text) }
    }

    /// Writes the pieces `produce` hands to its sink, one after another, so
    /// that a long file is never held whole (a table of every run's values).
    public static func write(
        to path: String, _ produce: (_ sink: (String) throws(Failure) -> Void) throws(Failure) -> Void
    ) throws(Failure) {
        try checkWritable(path)
        switch try target(path) {
        case .replace(let file): try replace(file, reportedAs: path, produce)
        case .inPlace:
            let descriptor = open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw .notWritable(path, String(cString: strerror(errno))) }
            defer { close(descriptor) }
            try produce { piece throws(Failure) in try writeAll(Data(piece.utf8), to: path, descriptor: descriptor, closing: false) }
        case .descriptor(let descriptor):
            try produce { piece throws(Failure) in try writeAll(Data(piece.utf8), to: path, descriptor: descriptor, closing: false) }
        }
    }

    /// What `path` is, and so how to write it.
    static func target(_ path: String) throws(Failure) -> Target {
        let standard: [String: Int32] = ["/dev/stdout": 1, "/dev/stderr": 2]
        if let descriptor = standard[path] { return .descriptor(descriptor) }
        for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
            if let descriptor = Int32(path.dropFirst(prefix.count)), descriptor >= 0 { return .descriptor(descriptor) }
        }
        var link = stat()
        guard lstat(path, &link) == 0 else {
            guard errno == ENOENT else { throw .notWritable(path, String(cString: strerror(errno))) }
            return .replace(path)
        }
        var file = link
        var resolved = path
        if link.st_mode & S_IFMT == S_IFLNK {
            guard stat(path, &file) == 0, let real = realpath(path, nil) else { throw .unsupported(path, "a symbolic link to nothing") }
            resolved = String(cString: real)
            free(real)
        }
        switch file.st_mode & S_IFMT {
        case S_IFREG: return .replace(resolved)
        case S_IFCHR, S_IFIFO: return .inPlace
        case S_IFDIR: throw .isDirectory(path)
        case S_IFBLK: throw .unsupported(path, "a block device")
        default: throw .unsupported(path, "a socket or other special file")
        }
    }

    /// A temporary file next to `file`, then rename(2) over it.
    static func replace(
        _ file: String, reportedAs path: String, _ produce: (_ sink: (String) throws(Failure) -> Void) throws(Failure) -> Void
    ) throws(Failure) {
        let url = URL(fileURLWithPath: file)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .notWritable(path, String(cString: strerror(errno))) }
        var isOpen = true
        do throws(Failure) {
            try produce { piece throws(Failure) in try writeAll(Data(piece.utf8), to: path, descriptor: descriptor, closing: false) }
            isOpen = false
            guard close(descriptor) == 0 else { throw Failure.notWritable(path, String(cString: strerror(errno))) }
            guard rename(temporary.path, url.path) == 0 else { throw Failure.notWritable(path, String(cString: strerror(errno))) }
        } catch {
            if isOpen { close(descriptor) }
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes all of `data` to an open descriptor (retrying short writes).
    static func writeAll(_ data: Data, to path: String, descriptor: Int32, closing: Bool) throws(Failure) {
        guard descriptor >= 0 else { throw .notWritable(path, String(cString: strerror(errno))) }
        defer { if closing { close(descriptor) } }
        let failure: String? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .notWritable(path, failure) }
    }
}

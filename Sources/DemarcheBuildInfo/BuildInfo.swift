/// What build of Demarche this is: its version and the git commit it was
/// built from, for `--version` and every report's manifest.
public enum BuildInfo {
    /// The release version.
    public static let version = "0.1.0"

    /// The commit as git abbreviates it (12 hex digits), with "-dirty" when
    /// tracked files differed from it at build time; "unknown" when built
    /// outside a git checkout. Written at build time by Plugins/BuildInfoPlugin.
    public static let commit = gitCommit

    /// "0.1.0 (commit 0123456789ab, dirty)": `version` and a commit text
    /// such as `commit`, for a report's tool line and `--version`.
    public static func describe(version: String, commit: String?) -> String {
        guard let commit else { return version }
        let dirty = commit.hasSuffix("-dirty")
        return "\(version) (commit \(dirty ? String(commit.dropLast(6)) : commit)\(dirty ? ", dirty" : ""))"
    }

    /// This build, described.
    public static var description: String { describe(version: version, commit: commit) }
}

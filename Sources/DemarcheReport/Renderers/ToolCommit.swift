import DemarcheBuildInfo

/// How every report shows the commit of the build that made it (the
/// `toolCommit` of its manifest): a `- commit:` line in Markdown, a `commit`
/// fact in HTML and a `commit` row in CSV, and in the footer of a page.
/// Reports made before the commit was recorded show none.
enum ToolCommit {
    /// "- commit: 0123456789ab\n", or "" without a commit.
    static func markdownLine(_ commit: String?) -> String { commit.map { "- commit: \($0)\n" } ?? "" }

    /// [("commit", "0123456789ab")], or [] without a commit.
    static func facts(_ commit: String?) -> [(String, String)] { commit.map { [("commit", $0)] } ?? [] }

    /// "0.1.0 (commit 0123456789ab, dirty)".
    static func describe(_ version: String, _ commit: String?) -> String {
        BuildInfo.describe(version: version, commit: commit)
    }
}

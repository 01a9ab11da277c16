/// Quoting for what `demarche emit` pastes into shell scripts, `#SBATCH`
/// lines and YAML, so that a path with spaces, quotes or `$` stays one
/// word of literal text. Control characters (a newline would end a comment
/// or a directive) cannot be quoted everywhere and are refused.
public enum TemplateQuoting {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Refuses an empty value, or one with a control character or line
    /// separator; `flag` names where it came from. With `github`, also
    /// `${{`, which GitHub Actions would evaluate anywhere in a workflow.
    public static func check(_ value: String, flag: String, github: Bool = false) throws(Failure) {
        guard !value.isEmpty else { throw Failure(description: "\(flag) is empty") }
        if let bad = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) {
            throw Failure(description: "\(flag) contains a control character (U+\(String(bad.value, radix: 16, uppercase: true))); "
                          + "templates cannot carry it safely")
        }
        if github, value.contains("${{") {
            throw Failure(description: "\(flag) contains '${{', which GitHub Actions would evaluate as an expression")
        }
    }

    /// One POSIX shell word: unchanged if it has only characters no shell
    /// treats specially, else in single quotes, each `'` written `'\''`.
    public static func shell(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "@%+=:,./_-".unicodeScalars.contains(scalar))
        }
        return plain && !value.isEmpty ? value : "'" + value.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    /// A YAML double-quoted scalar: `\` and `"` escaped (control characters
    /// are refused by ``check(_:flag:github:)`` beforehand).
    public static func yaml(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// One argument of an `#SBATCH` line, as sbatch reads it: `%` doubled
    /// (file name patterns), and whitespace, quotes, `\` and `#` each
    /// escaped with a backslash.
    public static func sbatch(_ value: String) -> String {
        var out = ""
        for character in value.replacingOccurrences(of: "%", with: "%%") {
            if character.isWhitespace || "\"'\\#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

import Yams

/// Turns scenario text into a YAML node tree, refusing inputs that would make
/// a parser or a reader misbehave: files over 4 MiB, flow collections nested
/// more than 64 deep (recursion in the composer). Aliases are shared, not
/// copied, by the composer; the reader bounds how many nodes it visits, so an
/// alias bomb is reported instead of expanded.
enum YAMLLoader {
    static let maximumBytes = 4 << 20
    static let maximumNesting = 64

    static func load(_ text: String, file: String) throws(ScenarioError) -> Node {
        func fail(_ message: String, line: Int = 0, column: Int = 0) -> ScenarioError {
            ScenarioError([ScenarioDiagnostic(file: file, line: line, column: column, path: "", message: message)])
        }
        guard text.utf8.count <= maximumBytes else {
            throw fail("file is \(text.utf8.count) bytes; scenarios are limited to \(maximumBytes) bytes")
        }
        if let (line, column) = excessiveNesting(text) {
            throw fail("nesting deeper than \(maximumNesting) levels", line: line, column: column)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, column, message) = describe(error)
            throw fail(message, line: line, column: column)
        } catch {
            throw fail("could not read YAML: \(error)")
        }
        guard let root else { throw fail("the file is empty; a scenario starts with 'demarche: 1'") }
        return root
    }

    /// The position where flow or block nesting first exceeds the limit.
    private static func excessiveNesting(_ text: String) -> (Int, Int)? {
        var depth = 0
        var line = 1
        var column = 0
        var quote: Character?
        var lineStart = true
        var indent = 0
        var indents: [Int] = []
        for character in text {
            column += 1
            if character == "\n" {
                line += 1
                column = 0
                lineStart = true
                indent = 0
                continue
            }
            if lineStart {
                if character == " " { indent += 1; continue }
                lineStart = false
                if character != "#" {
                    while let last = indents.last, last >= indent { indents.removeLast() }
                    indents.append(indent)
                    if indents.count > maximumNesting { return (line, column) }
                }
            }
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "#": break
            case "[", "{":
                depth += 1
                if depth + indents.count > maximumNesting { return (line, column) }
            case "]", "}": depth = max(0, depth - 1)
            default: break
            }
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text); " } ?? ""
            return (mark.line, mark.column, "malformed YAML: \(prefix)\(problem)")
        case .reader(let problem, _, _, _):
            return (0, 0, "unreadable text: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column,
                    "duplicate key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", "))")
        default:
            return (0, 0, "could not read YAML: \(error)")
        }
    }
}

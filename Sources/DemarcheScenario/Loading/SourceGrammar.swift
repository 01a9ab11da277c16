import Foundation

/// The grammar of a `source:` annotation:
///
///     annotation := item ((',' | ';') item)*
///     item       := head ['(' note ')']
///     head       := 'assumption' | 'reference:' PATH '#' cause | source-id
///
/// A note may hold anything but unbalanced parentheses; a `,` or `;` inside
/// it belongs to the note (`"assumption (neutral, not in the EU or NATO)"`).
/// PATH may not contain `,`, `;`, `(` or `)`. Whether an id is declared and a
/// reference class loads is checked by the builder, not here.
enum SourceGrammar {
    enum Head: Equatable {
        case assumption
        case reference(file: String, cause: String)
        case id(String)
    }

    struct Term: Equatable {
        let head: Head
        let note: String?
    }

    /// The terms of `text`, or what is wrong with it.
    static func terms(_ text: String) -> Result<[Term], SourceSyntaxError> {
        if let unbalanced = unbalancedParenthesis(text) { return .failure(unbalanced) }
        var terms: [Term] = []
        for item in splitItems(text) {
            switch term(item) {
            case .success(let term): terms.append(term)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(terms)
    }

    /// Splits at `,` and `;` outside parentheses.
    private static func splitItems(_ text: String) -> [Substring] {
        var items: [Substring] = []
        var depth = 0
        var start = text.startIndex
        for index in text.indices {
            switch text[index] {
            case "(": depth += 1
            case ")": depth = max(0, depth - 1)
            case "," where depth == 0, ";" where depth == 0:
                items.append(text[start..<index])
                start = text.index(after: index)
            default: break
            }
        }
        items.append(text[start...])
        return items
    }

    private static func unbalancedParenthesis(_ text: String) -> SourceSyntaxError? {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth < 0 { return SourceSyntaxError("a ')' closes no '('") }
        }
        return depth > 0 ? SourceSyntaxError("a '(' is not closed") : nil
    }

    private static func term(_ item: Substring) -> Result<Term, SourceSyntaxError> {
        let trimmed = item.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .failure(SourceSyntaxError("an item is empty (two separators in a row, or one at an end)")) }
        var head = trimmed
        var note: String?
        if let open = trimmed.firstIndex(of: "(") {
            head = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            guard let close = matchingParenthesis(trimmed, from: open) else { return .failure(SourceSyntaxError("a '(' is not closed")) }
            let after = trimmed[trimmed.index(after: close)...].trimmingCharacters(in: .whitespaces)
            guard after.isEmpty else {
                return .failure(SourceSyntaxError("'\(after)' follows the note of '\(head)': separate items with ',' or ';'"))
            }
            let inside = trimmed[trimmed.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            note = inside.isEmpty ? nil : inside
            guard !head.isEmpty else { return .failure(SourceSyntaxError("a note '(\(inside))' names no source before it")) }
        }
        return classify(head).map { Term(head: $0, note: note) }
    }

    /// The `)` that closes the `(` at `open`.
    private static func matchingParenthesis(_ text: String, from open: String.Index) -> String.Index? {
        var depth = 0
        for index in text[open...].indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1 }
            if depth == 0 { return index }
        }
        return nil
    }

    private static func classify(_ head: String) -> Result<Head, SourceSyntaxError> {
        if head == "assumption" { return .success(.assumption) }
        if head.hasPrefix("reference:") {
            let target = head.dropFirst("reference:".count)
            guard let hash = target.lastIndex(of: "#") else {
                return .failure(SourceSyntaxError("'\(head)' names no cause: write reference: PATH#cause"))
            }
            let file = target[..<hash].trimmingCharacters(in: .whitespaces)
            let cause = target[target.index(after: hash)...].trimmingCharacters(in: .whitespaces)
            guard !file.isEmpty, !cause.isEmpty else {
                return .failure(SourceSyntaxError("'\(head)' needs a path and a cause: write reference: PATH#cause"))
            }
            return .success(.reference(file: file, cause: cause))
        }
        guard ScenarioReader.isValidID(head) else {
            return .failure(SourceSyntaxError(
                "'\(head)' is not a source id, 'assumption' or 'reference: PATH#cause': declare the source under "
                + "'sources:' (published date, citation) and cite its id, or write 'assumption (\(head))'"))
        }
        return .success(.id(head))
    }
}

/// Why a `source:` annotation does not parse.
struct SourceSyntaxError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

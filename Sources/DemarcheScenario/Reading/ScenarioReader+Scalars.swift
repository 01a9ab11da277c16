import DemarcheKernel
import Yams

extension ScenarioReader {
    func text(_ node: Node, _ path: String) -> String? {
        guard visit(node) else { return nil }
        guard case .scalar(let scalar) = node else {
            error(node, path, "expected text, found \(describe(node))")
            return nil
        }
        return scalar.string
    }

    /// A finite number; with `days`, a duration literal (`90d`, `3mo`) is
    /// accepted too and converted to days from the start date.
    func number(_ node: Node, _ path: String, days: Bool = false) -> Double? {
        guard let text = text(node, path) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Double(trimmed), trimmed.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) {
            guard value.isFinite else {
                error(node, path, "expected a finite number, found '\(text)'")
                return nil
            }
            return value
        }
        if let special = Self.yamlSpecialFloat(trimmed) {
            error(node, path, "expected a finite number\(days ? " of days" : ""), found '\(text)' (\(special))")
            return nil
        }
        if days, trimmed.last?.isLetter == true {
            return duration(node, path).map { $0.days(from: start ?? CalendarDate(dayNumber: 0)) }
        }
        error(node, path, "expected \(days ? "a number of days or a duration such as 90d" : "a number"), found \(describe(node))")
        return nil
    }

    /// What YAML's special floats (`.nan`, `.inf`, `-.Inf`, …) mean, or nil
    /// for any other text.
    private static func yamlSpecialFloat(_ text: String) -> String? {
        let word = text.lowercased().drop { $0 == "+" || $0 == "-" }
        return switch word {
        case ".nan": "not a number"
        case ".inf": "infinite"
        default: nil
        }
    }

    func integer(_ node: Node, _ path: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = text(node, path) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            error(node, path, "expected a whole number in \(range.lowerBound)…\(range.upperBound), found \(describe(node))")
            return nil
        }
        return value
    }

    func boolean(_ node: Node, _ path: String) -> Bool? {
        guard let text = text(node, path) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default:
            error(node, path, "expected true or false, found \(describe(node))")
            return nil
        }
    }

    func date(_ node: Node, _ path: String) -> CalendarDate? {
        guard let text = text(node, path) else { return nil }
        do {
            return try CalendarDate(iso: text)
        } catch {
            self.error(node, path, error.description)
            return nil
        }
    }

    func duration(_ node: Node, _ path: String) -> CalendarDuration? {
        guard let text = text(node, path) else { return nil }
        do {
            return try CalendarDuration(parsing: text)
        } catch {
            self.error(node, path, error.description)
            return nil
        }
    }

    /// An id: letters, digits, '-' or '_', at most 64 characters.
    func identifier(_ node: Node, _ path: String) -> String? {
        guard let text = text(node, path) else { return nil }
        guard ScenarioReader.isValidID(text) else {
            error(node, path, "expected an id (letters, digits, '-' or '_'), found \(describe(node))")
            return nil
        }
        return text
    }

    /// One of `choices`, with a did-you-mean.
    func choice(_ node: Node, _ path: String, _ choices: [String]) -> String? {
        guard let text = text(node, path) else { return nil }
        guard choices.contains(text) else {
            error(node, path, "expected one of \(choices.joined(separator: ", ")), found '\(text)'"
                  + DidYouMean.hint(for: text, among: choices))
            return nil
        }
        return text
    }

    /// A reference to one of `known` ids (of `kind`), with a did-you-mean.
    func reference(_ node: Node, _ path: String, to known: [String: Int], kind: String) -> Int? {
        guard let text = text(node, path) else { return nil }
        guard let index = known[text] else {
            error(node, path, "unknown \(kind) '\(text)'" + DidYouMean.hint(for: text, among: known.keys.sorted()))
            return nil
        }
        return index
    }

    /// One reference or a list of them.
    func references(_ node: Node, _ path: String, to known: [String: Int], kind: String) -> [Int] {
        list(node, path).enumerated().compactMap { position, item in
            reference(item, node.isSequence ? "\(path).\(position)" : path, to: known, kind: kind)
        }
    }
}

extension Node {
    var isSequence: Bool {
        if case .sequence = self { return true }
        return false
    }
}

import Foundation

import Foundation
import Yams

extension SweepLoader {
    /// The longest label a factor may have: it heads a table column and a chart row.
    static let maximumLabelLength = 80

    /// A factor's `label:`: one line of 1 to 80 characters, trimmed.
    static func readLabel(_ node: Node, _ path: String, reader: ScenarioReader) -> String? {
        guard let text = reader.text(node, path) else { return nil }
        let label = text.trimmingCharacters(in: .whitespaces)
        if label.isEmpty {
            reader.error(node, path, "a label must not be empty (leave 'label' out to use the factor's path)")
        } else if label.contains(where: \.isNewline) {
            reader.error(node, path, "a label must be one line")
        } else if label.count > maximumLabelLength {
            reader.error(node, path, "a label must be at most \(maximumLabelLength) characters (found \(label.count))")
        } else {
            return label
        }
        return nil
    }
}

extension [SweepSpec.Factor] {
    /// The factors, after refusing two that reports would call by the same
    /// name (a label equal to another label or to another factor's path).
    func uniquelyNamed(reader: ScenarioReader, node: Node) -> [SweepSpec.Factor] {
        var seen: [String: String] = [:]
        for factor in self {
            if let other = seen[factor.name] {
                reader.error(labelNode(of: factor, in: node), "factors.\(factor.path).label",
                             "'\(factor.name)' already names factor '\(other)'; each factor needs its own label")
            } else {
                seen[factor.name] = factor.path
            }
        }
        return self
    }

    /// The `label` node of a factor (for the error's line and column), or the factors mapping.
    private func labelNode(of factor: SweepSpec.Factor, in node: Node) -> Node {
        guard case .mapping(let factors) = node,
              let entry = factors.first(where: { $0.key.scalar?.string == factor.path })?.value,
              case .mapping(let fields) = entry, let label = fields.first(where: { $0.key.scalar?.string == "label" })?.value
        else { return node }
        return label
    }
}

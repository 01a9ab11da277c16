/// A GitHub-flavoured Markdown table whose columns are padded to align in a
/// terminal. Pipes in cells are escaped.
public struct MarkdownTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// Columns aligned right (numbers).
    public var rightAligned: Set<Int>

    public init(header: [String], rows: [[String]], rightAligned: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned
    }

    public var rendered: String {
        let escaped = ([header] + rows).map { $0.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
        let widths = header.indices.map { column in
            max(3, escaped.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            "| " + widths.indices.map { column in
                let cell = column < cells.count ? cells[column] : ""
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: " | ") + " |"
        }
        let rule = "|" + widths.indices.map { column in
            rightAligned.contains(column) ? String(repeating: "-", count: widths[column] + 1) + ":"
                : String(repeating: "-", count: widths[column] + 2)
        }.joined(separator: "|") + "|"
        return ([line(escaped[0]), rule] + escaped.dropFirst().map(line)).joined(separator: "\n") + "\n"
    }
}

import Foundation

import Foundation

/// A case file: comma-separated values with a header row (RFC 4180: fields
/// may be quoted, quotes doubled inside, commas and line breaks allowed in
/// quoted fields). Each row keeps the line it starts on, so a problem in a
/// cell is reported as `file:line:column` with the column's name.
///
/// Reading is O(bytes); the file is limited to ``maximumBytes`` so memory
/// stays bounded whatever file a user names.
struct CaseTable {
    struct Row {
        /// 1-based line of the file where the row starts.
        let line: Int
        /// 1-based character column where each cell starts.
        let columns: [Int]
        let cells: [String]
    }

    let file: String
    /// SHA-256 of the file's bytes (hex), for the calibration manifest.
    let sha256: String
    let header: [String]
    let rows: [Row]

    static let maximumBytes = 64 << 20
    static let maximumColumns = 10_000

    /// The cell of `row` under `column` (an index of `header`); empty when
    /// the row is shorter than the header.
    func cell(_ row: Row, _ column: Int) -> String {
        column < row.cells.count ? row.cells[column].trimmingCharacters(in: .whitespaces) : ""
    }

    /// 1-based character column of a cell, for diagnostics.
    func position(_ row: Row, _ column: Int) -> Int {
        column < row.columns.count ? row.columns[column] : (row.columns.last ?? 1)
    }

    static func read(_ path: String) throws(ScenarioError) -> CaseTable {
        func fail(_ message: String, line: Int = 0, column: Int = 0) -> ScenarioError {
            ScenarioError([ScenarioDiagnostic(file: path, line: line, column: column, path: "", message: message)])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such case file") }
        guard !isDirectory.boolValue else { throw fail("is a directory, not a case file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size <= maximumBytes else { throw fail("case file is \(size) bytes; the limit is \(maximumBytes) bytes") }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { throw fail("cannot be read") }
        guard let text = String(data: data, encoding: .utf8) else { throw fail("is not UTF-8 text") }
        var records = try parse(text, fail: fail)
        guard !records.isEmpty else { throw fail("the case file is empty; it needs a header row") }
        let headerRecord = records.removeFirst()
        let header = headerRecord.cells.map { $0.trimmingCharacters(in: .whitespaces) }
        var seen: [String: Int] = [:]
        for (index, name) in header.enumerated() {
            guard !name.isEmpty else { throw fail("header column \(index + 1) has no name", line: 1, column: headerRecord.columns[index]) }
            if seen.updateValue(index, forKey: name) != nil {
                throw fail("duplicate column '\(name)' in the header", line: 1, column: headerRecord.columns[index])
            }
        }
        for row in records where row.cells.count > header.count {
            throw fail("row has \(row.cells.count) cells but the header names \(header.count) columns",
                       line: row.line, column: row.columns[header.count])
        }
        return CaseTable(file: path, sha256: SHA256.hex(data), header: header, rows: records)
    }

    /// Splits text into records of cells (RFC 4180), skipping blank lines.
    private static func parse(_ text: String, fail: (String, Int, Int) -> ScenarioError) throws(ScenarioError) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var starts: [Int] = []
        var cell = ""
        var line = 1
        var column = 0
        var rowLine = 1
        var quoted = false
        var quoteLine = 0
        var quoteColumn = 0
        var atCellStart = true
        var afterQuote = false
        func endCell() {
            cells.append(cell)
            cell = ""
            atCellStart = true
            afterQuote = false
        }
        func endRow() {
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                rows.append(Row(line: rowLine, columns: starts, cells: cells))
            }
            cells = []
            starts = []
        }
        for character in text {
            column += 1
            if atCellStart {
                if cells.isEmpty { rowLine = line }
                starts.append(column)
                atCellStart = false
                if character == "\"" {
                    quoted = true
                    quoteLine = line
                    quoteColumn = column
                    continue
                }
            }
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1; column = 0 }
                    cell.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterQuote:
                // A doubled quote inside a quoted field.
                cell.append("\"")
                quoted = true
                afterQuote = false
            case ",":
                endCell()
            case "\n", "\r\n", "\r":
                endCell()
                endRow()
                line += 1
                column = 0
            default:
                guard !afterQuote else {
                    throw fail("unexpected text after a closing quote", line, column)
                }
                cell.append(character)
            }
            guard starts.count <= maximumColumns else { throw fail("more than \(maximumColumns) columns", line, column) }
        }
        if quoted { throw fail("a quoted field is never closed", quoteLine, quoteColumn) }
        if !atCellStart || !cells.isEmpty {
            endCell()
            endRow()
        }
        return rows
    }
}

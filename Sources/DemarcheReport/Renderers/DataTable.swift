import Foundation

/// One table of a report as `--format csv --out DIR/` writes it: DIR/name.csv,
/// a header of snake_case columns (the report's JSON keys, nested keys joined
/// with `_`), one observation per row. Rows are made one at a time as the
/// file is written, so a table of every run's values is never held as text.
public struct DataTable {
    public let name: String
    public let columns: [String]
    /// A fresh iterator over the rows, each with one field per column.
    let rows: () -> AnyIterator<[String]>

    public init(name: String, columns: [String], rows: @escaping () -> AnyIterator<[String]>) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    public init(name: String, columns: [String], rows: [[String]]) {
        self.init(name: name, columns: columns) { AnyIterator(rows.makeIterator()) }
    }

    /// The table as RFC 4180 CSV, handed to `write` in pieces of about
    /// `piece` bytes.
    public func writeCSV<Failure: Error>(piece: Int = 1 << 16, _ write: (String) throws(Failure) -> Void) throws(Failure) {
        var buffer = CSVText.lines([columns])
        let iterator = rows()
        while let row = iterator.next() {
            buffer += CSVText.lines([row])
            if buffer.utf8.count >= piece {
                try write(buffer)
                buffer = ""
            }
        }
        if !buffer.isEmpty { try write(buffer) }
    }

    /// The whole table as CSV text.
    public var csv: String {
        var text = ""
        writeCSV { text += $0 }
        return text
    }

    /// A number at full precision (it reads back to the same double), or an
    /// empty field where there is none.
    static func number(_ value: Double?) -> String { value.map { "\($0)" } ?? "" }
    static func integer(_ value: Int?) -> String { value.map { "\($0)" } ?? "" }

    /// An estimate's value, low and high: the columns `name_value`,
    /// `name_low`, `name_high`.
    static func estimate(_ value: Estimate?) -> [String] { [number(value?.value), number(value?.low), number(value?.high)] }
    static func estimateColumns(_ name: String) -> [String] { ["\(name)_value", "\(name)_low", "\(name)_high"] }
}

/// CSV as RFC 4180 writes it: fields with a comma, quote or line break quoted.
enum CSVText {
    static func field(_ text: String) -> String {
        text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// The rows, each ended by a line break.
    static func lines(_ rows: [[String]]) -> String { rows.map { $0.map(field).joined(separator: ",") + "\n" }.joined() }
}

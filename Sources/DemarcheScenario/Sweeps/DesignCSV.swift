import Foundation

/// A design table exported by SALib, pyDOE or a spreadsheet: a header of
/// factor paths, then one row of numbers per variant.
enum DesignCSV {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func rows(contentsOf path: String, factors: [String]) throws(Failure) -> [[Double]] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(description: "\(path): cannot read the design file")
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard let header = lines.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) else {
            throw Failure(description: "\(path): the design file is empty")
        }
        let columns = try factors.map { (factor: String) throws(Failure) -> Int in
            guard let column = header.firstIndex(of: factor) else {
                throw Failure(description: "\(path): no column '\(factor)' in the header (\(header.joined(separator: ", ")))")
            }
            return column
        }
        var rows: [[Double]] = []
        for (number, line) in lines.dropFirst().enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let row = columns.compactMap { $0 < cells.count ? Double(cells[$0]).flatMap { $0.isFinite ? $0 : nil } : nil }
            guard row.count == columns.count else {
                throw Failure(description: "\(path):\(number + 2): expected a number in every factor column")
            }
            rows.append(row)
        }
        guard !rows.isEmpty else { throw Failure(description: "\(path): the design has no rows") }
        return rows
    }
}

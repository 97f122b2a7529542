import Foundation

/// Formatting for the benchmark tables.
enum Table {
    static func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
    static func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

    /// A titled table, each column as wide as its widest cell.
    static func print(_ title: String, _ header: [String], _ rows: [[String]]) {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! + 2 }
        Swift.print("\n\(title)")
        for row in [header] + rows {
            Swift.print(row.indices.map { pad(row[$0], widths[$0]) }.joined())
        }
    }
}

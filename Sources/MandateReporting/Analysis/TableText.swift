/// The tables of the analyses' Markdown and CSV: a header and rows of text, each cell escaped for its format.
enum TableText {
    /// A Markdown table, every cell escaped.
    static func markdown(_ columns: [String], _ rows: [[String]]) -> String {
        "| " + columns.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: columns.count) + "\n"
            + rows.map { "| " + $0.map(MarkdownText.escape).joined(separator: " | ") + " |\n" }.joined()
    }

    /// CSV with CRLF line ends: a field quoted where it holds a comma, a quote or a line break, and marked as text
    /// where a spreadsheet would read it as a formula.
    static func csv(_ columns: [String], _ rows: [[String]]) -> String {
        ([columns] + rows).map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func cell(_ text: String) -> String {
        let guarded = ["=", "+", "-", "@"].contains { text.hasPrefix($0) } ? "'" + text : text
        guard guarded.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return guarded }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

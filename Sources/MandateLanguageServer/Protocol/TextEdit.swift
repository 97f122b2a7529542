import MandateModel

/// A replacement of a range of a document: applied to the server's copy of a document the editor changed, and
/// sent as the edits of a rename or a quick fix.
enum TextEdit {
    /// `text` with `range` replaced by `newText`; a position past the end of a line or of the text counts as its end.
    static func apply(_ newText: String, at range: TextRange, to text: String) -> String {
        let start = index(line: range.startLine, character: range.startCharacter, in: text)
        let end = max(start, index(line: range.endLine, character: range.endCharacter, in: text))
        var result = text
        result.replaceSubrange(start..<end, with: newText)
        return result
    }

    /// The protocol's `TextEdit`.
    static func json(_ range: TextRange, _ newText: String) -> JSONValue {
        .object([("range", range.json), ("newText", .string(newText))])
    }

    /// The index of a position (0-based line, UTF-16 character) in `text`.
    private static func index(line: Int, character: Int, in text: String) -> String.Index {
        let units = text.utf16
        var position = units.startIndex
        var currentLine = 0
        while currentLine < line {
            guard let newline = units[position...].firstIndex(of: 10) else { return text.endIndex }
            position = units.index(after: newline)
            currentLine += 1
        }
        var remaining = max(character, 0)
        while remaining > 0, position < units.endIndex, units[position] != 10 {
            position = units.index(after: position)
            remaining -= 1
        }
        // A position between the two halves of a pair counts as the character's start.
        return position.samePosition(in: text.unicodeScalars).map { _ in position } ?? text.unicodeScalars.index(before: position)
    }
}

import MandateModel

/// A range of a document as the protocol gives it: 0-based lines, and characters counted in UTF-16 code units.
struct TextRange: Hashable {
    var startLine: Int
    var startCharacter: Int
    var endLine: Int
    var endCharacter: Int

    /// A range within one line.
    init(line: Int, from start: Int, to end: Int) {
        self.init(startLine: line, startCharacter: start, endLine: line, endCharacter: end)
    }

    init(startLine: Int, startCharacter: Int, endLine: Int, endCharacter: Int) {
        self.startLine = startLine
        self.startCharacter = startCharacter
        self.endLine = endLine
        self.endCharacter = endCharacter
    }

    /// Whether the position (line, UTF-16 character) lies in the range, its end included.
    func contains(line: Int, character: Int) -> Bool {
        (line, character) >= (startLine, startCharacter) && (line, character) <= (endLine, endCharacter)
    }

    /// Whether the two ranges share a position.
    func overlaps(_ other: TextRange) -> Bool {
        (startLine, startCharacter) <= (other.endLine, other.endCharacter) && (other.startLine, other.startCharacter) <= (endLine, endCharacter)
    }

    /// The protocol's `Range`.
    var json: JSONValue {
        .object([
            ("start", .object([("line", .int(startLine)), ("character", .int(startCharacter))])),
            ("end", .object([("line", .int(endLine)), ("character", .int(endCharacter))])),
        ])
    }

    /// The range a protocol `Range` gives, if it is one.
    init?(json: JSONValue?) {
        guard let json, let start = json["start"], let end = json["end"], let startLine = start["line"]?.int,
              let startCharacter = start["character"]?.int, let endLine = end["line"]?.int, let endCharacter = end["character"]?.int else { return nil }
        self.init(startLine: startLine, startCharacter: startCharacter, endLine: endLine, endCharacter: endCharacter)
    }
}

/// A document's text by lines, to turn the loader's places (1-based lines, columns counted in Unicode scalars)
/// into the protocol's (0-based lines, characters counted in UTF-16 code units) and back, and to find the word
/// written at a place.
struct TextLines {
    /// Each line without its line break (nor the `\r` of a `\r\n`).
    let lines: [Substring.UnicodeScalarView]

    init(_ text: String) {
        // Split on the scalar: to a String, a `\r\n` is one character, and not a `\n`.
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            Substring(line.last == "\r" ? line.dropLast() : line).unicodeScalars
        }
    }

    /// The line at a 0-based index; empty past the end.
    func line(_ index: Int) -> Substring.UnicodeScalarView {
        lines.indices.contains(index) ? lines[index] : Substring("").unicodeScalars
    }

    /// The protocol's character (UTF-16) of a 1-based scalar column on a 0-based line.
    func character(line: Int, column: Int) -> Int {
        self.line(line).prefix(max(column - 1, 0)).reduce(0) { $0 + $1.utf16.count }
    }

    /// The 1-based scalar column of a protocol character on a 0-based line; a character inside a pair of UTF-16
    /// units counts as the scalar it belongs to, and one past the end as the end.
    func column(line: Int, character: Int) -> Int {
        var units = 0
        var column = 1
        for scalar in self.line(line) {
            units += scalar.utf16.count
            if units > character { break }
            column += 1
        }
        return column
    }

    /// The range of the word written at `location` (an id, a key, a value): from its column up to the first space,
    /// `:`, `,`, bracket or `#`; inside quotes, up to the closing quote. A place at the end of its line gets the
    /// whole line, so that it can be seen.
    func wordRange(line oneBased: Int, column: Int) -> TextRange {
        let index = oneBased - 1
        let scalars = Array(line(index))
        var start = max(column - 1, 0)
        guard start < scalars.count else { return TextRange(line: max(index, 0), from: 0, to: utf16Count(scalars)) }
        var stops: Set<Unicode.Scalar> = [" ", "\t", ":", ",", "[", "]", "{", "}", "#"]
        if scalars[start] == "\"" || scalars[start] == "'" {
            stops = [scalars[start]]
            start += 1
        }
        var end = start
        while end < scalars.count, !stops.contains(scalars[end]) { end += 1 }
        if end == start, start < scalars.count { end = start + 1 }
        return TextRange(line: index, from: utf16Count(scalars[..<start]), to: utf16Count(scalars[..<end]))
    }

    /// How many UTF-16 code units the scalars take.
    private func utf16Count(_ scalars: some Sequence<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + $1.utf16.count }
    }
}

extension TextLines {
    /// The text of a range within one line.
    func text(in range: TextRange) -> String {
        var units = 0
        var out = String.UnicodeScalarView()
        for scalar in line(range.startLine) {
            if units >= range.startCharacter, units < range.endCharacter { out.append(scalar) }
            units += scalar.utf16.count
        }
        return String(out)
    }
}

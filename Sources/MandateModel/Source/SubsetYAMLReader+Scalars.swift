/// The scalars of the subset, and the lines they stand on.
extension SubsetYAMLReader {
    // MARK: Scalars

    mutating func scalar(inFlow: Bool) -> Bool {
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "'"): return singleQuoted()
        case UInt8(ascii: "\""): return doubleQuoted()
        default: return plain(inFlow: inFlow)
        }
    }

    mutating func plain(inFlow: Bool) -> Bool {
        let start = position
        guard !Self.startsOtherNode(bytes[start]) else { return false }
        var end = start
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { break }
            if byte == UInt8(ascii: ":"), isBlankOrEnd(index + 1) { break }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == UInt8(ascii: " ") { break }
            if inFlow, Self.isFlowIndicator(byte) { break }
            // In a flow collection, libyaml reads a colon by rules of its own; the subset leaves them out.
            if inFlow, byte == UInt8(ascii: ":") { return false }
            index += 1
            if byte != UInt8(ascii: " ") { end = index }
        }
        guard end > start else { return false }
        builder.scalar(inSource: start..<end, isPlain: true, line: line, column: column + 1)
        position = end
        return true
    }

    mutating func singleQuoted() -> Bool {
        let startColumn = column + 1
        var text: [UInt8]?
        var index = position + 1
        while true {
            guard index < bytes.count, bytes[index] != 0x0A else { return false }
            if bytes[index] == UInt8(ascii: "'") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") else { break }
                if text == nil { text = Array(bytes[(position + 1)..<index]) }
                index += 1
            }
            text?.append(bytes[index])
            index += 1
        }
        addQuoted(text, from: position + 1, to: index, column: startColumn)
        position = index + 1
        return true
    }

    mutating func doubleQuoted() -> Bool {
        let startColumn = column + 1
        var text: [UInt8]?
        var index = position + 1
        while true {
            guard index < bytes.count, bytes[index] != 0x0A else { return false }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { break }
            guard byte == UInt8(ascii: "\\") else {
                text?.append(byte)
                index += 1
                continue
            }
            guard index + 1 < bytes.count else { return false }
            if text == nil { text = Array(bytes[(position + 1)..<index]) }
            switch bytes[index + 1] {
            case UInt8(ascii: "\\"), UInt8(ascii: "\""): text?.append(bytes[index + 1])
            case UInt8(ascii: "n"): text?.append(0x0A)
            default: return false
            }
            index += 2
        }
        addQuoted(text, from: position + 1, to: index, column: startColumn)
        position = index + 1
        return true
    }

    /// Adds a quoted scalar: its unescaped `text`, or where that is `nil`, the source's bytes between the quotes.
    mutating func addQuoted(_ text: [UInt8]?, from start: Int, to end: Int, column: Int) {
        if let text {
            text.withUnsafeBufferPointer { _ = builder.scalar($0, isPlain: false, line: line, column: column) }
        } else {
            builder.scalar(inSource: start..<end, isPlain: false, line: line, column: column)
        }
    }

    /// A folded (`>`) or literal (`|`) scalar, clipped or stripped (`-`), whose lines all share one
    /// indentation and hold no blank line, followed by empty lines only; moves to the next line with content.
    mutating func blockScalar(parentIndent: Int) -> Bool {
        let startColumn = column + 1
        let startLine = line
        let isFolded = bytes[position] == UInt8(ascii: ">")
        position += 1
        let strips = position < bytes.count && bytes[position] == UInt8(ascii: "-")
        if strips { position += 1 }
        guard position < bytes.count, bytes[position] == 0x0A else { return false }
        var text: [UInt8] = []
        var contentIndent = -1
        var start = position + 1
        while start < bytes.count {
            let spaces = indentation(ofLineAt: start)
            var end = start + spaces
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if start + spaces == end {
                // YAML keeps a whitespace-only line's spaces beyond the indentation as text, and counts the rest
                // by rules of their own; the subset takes only empty lines.
                guard spaces == 0 else { return false }
                // An empty line ends the scalar only if every line after it up to the next content is empty and
                // that content is less indented; otherwise it would fold into the text.
                var next = end
                while next < bytes.count {
                    let following = next + 1 + indentation(ofLineAt: next + 1)
                    guard following < bytes.count, bytes[following] == 0x0A else { break }
                    guard following == next + 1 else { return false }
                    next = following
                }
                guard contentIndent >= 0, next + 1 >= bytes.count || indentation(ofLineAt: next + 1) < contentIndent else { return false }
                break
            }
            if contentIndent < 0 {
                guard spaces > parentIndent else { return false }
                contentIndent = spaces
            }
            if spaces < contentIndent { break }
            guard spaces == contentIndent, bytes[end - 1] != UInt8(ascii: " "), end < bytes.count else { return false }
            if !text.isEmpty { text.append(isFolded ? UInt8(ascii: " ") : 0x0A) }
            text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(start + spaces)..<end]))
            start = end + 1
        }
        guard contentIndent >= 0 else { return false }
        if !strips { text.append(0x0A) }
        text.withUnsafeBufferPointer { _ = builder.scalar($0, isPlain: false, line: startLine, column: startColumn) }
        // Lines are counted again from the scalar's first line to wherever its text ended.
        while position < start, position < bytes.count {
            if bytes[position] == 0x0A {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }
        skipToContent()
        return true
    }

    // MARK: Lines

    /// The current column, counted in characters from the start of the line, from 0.
    var column: Int {
        mutating get { columns.column(of: position, lineStart: lineStart, in: bytes) }
    }

    func indentation(ofLineAt start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index - start
    }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }

    /// Whether only a comment or the line's end follows.
    func atEndOfContent() -> Bool {
        position >= bytes.count || bytes[position] == 0x0A || bytes[position] == UInt8(ascii: "#")
    }

    /// Passes a comment and the line break after the current content; `false` if other text follows.
    mutating func endOfLine() -> Bool {
        skipSpaces()
        guard position < bytes.count else { return true }
        if bytes[position] == UInt8(ascii: "#") {
            guard position > lineStart, bytes[position - 1] == UInt8(ascii: " ") else { return false }
            while position < bytes.count, bytes[position] != 0x0A { position += 1 }
        }
        guard position < bytes.count else { return true }
        guard bytes[position] == 0x0A else { return false }
        position += 1
        line += 1
        lineStart = position
        return true
    }

    /// Moves past blank and comment lines to the first content of the next line that has some.
    mutating func skipToContent() {
        while position < bytes.count {
            skipSpaces()
            guard position < bytes.count else { return }
            let byte = bytes[position]
            if byte == UInt8(ascii: "#") {
                while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                continue
            }
            guard byte == 0x0A else { return }
            position += 1
            line += 1
            lineStart = position
        }
    }

    func startsMarker(_ marker: StaticString) -> Bool {
        guard position == lineStart, position + 3 <= bytes.count else { return false }
        let pointer = marker.utf8Start
        return bytes[position] == pointer[0] && bytes[position + 1] == pointer[1] && bytes[position + 2] == pointer[2]
            && isBlankOrEnd(position + 3)
    }

    func isSequenceEntry(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "-") && isBlankOrEnd(index + 1)
    }

    func isBlankOrEnd(_ index: Int) -> Bool {
        index >= bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x0A
    }

    static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// Bytes that cannot start a plain scalar in the subset: YAML's indicators.
    static func startsOtherNode(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: " "), 0x0A:
            true
        default:
            false
        }
    }
}

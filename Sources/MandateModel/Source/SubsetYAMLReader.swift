/// Reads the subset of YAML that model files are written in, straight into a ``SourceTree``, several
/// times faster than libyaml's event parser: block mappings and lists, one-line plain and quoted scalars,
/// one-line flow collections, comments and a leading `---`.
///
/// Anything else (block scalars, anchors, tags, multi-line scalars, tabs, CR line ends, an empty value, a
/// problem of any kind) makes it decline, and ``YAMLReader`` reads the file through libyaml instead, which
/// gives the same tree or a located error. It never reports an error itself. Tests compare both readers'
/// trees, node by node with line and column, on every model and fixture, and a fuzzer does so on mutations.
struct SubsetYAMLReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var builder: SourceTreeBuilder
    private var position = 0
    private var line = 1
    private var lineStart = 0
    private var columns = ColumnCounter()

    /// The tree of `bytes`, or `nil` when they leave the subset; `consumer` takes the sections' entries as
    /// they are read (and may have taken some before the reader declines).
    static func read(_ source: [UInt8], file: String, maximumDepth: Int) -> SourceTree? {
        source.withUnsafeBufferPointer { bytes in
            guard staysInSubset(bytes) else { return nil }
            let builder = SourceTreeBuilder(file: file, maximumDepth: maximumDepth, source: source)
            var reader = SubsetYAMLReader(bytes: bytes, builder: builder)
            guard reader.readDocument() else { return nil }
            return reader.builder.finish()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, builder: SourceTreeBuilder) {
        self.bytes = bytes
        self.builder = builder
    }

    /// Whether the bytes hold nothing that libyaml treats specially outside the subset's grammar: tabs, CR,
    /// control characters, a byte-order mark, or Unicode line breaks (NEL, LS, PS), which libyaml counts as lines.
    private static func staysInSubset(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A {
                index += 1
                continue
            }
            if byte < 0x80 { return false }
            if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            if byte == 0xEF, index + 2 < count,
               bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF || bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE { return false }
            index += 1
        }
        return true
    }

    // MARK: Structure

    private mutating func readDocument() -> Bool {
        skipToContent()
        if startsMarker("---") {
            position += 3
            guard endOfLine() else { return false }
            skipToContent()
            guard position < bytes.count else { return false }
        }
        guard position < bytes.count else { return true }
        guard node(indent: column, parentIndent: -1) else { return false }
        return position >= bytes.count
    }

    /// A node that starts at the current position, the first content of a line or after a list's `- `;
    /// `parentIndent` is the indentation of the collection holding it.
    private mutating func node(indent: Int, parentIndent: Int) -> Bool {
        guard position < bytes.count else { return false }
        if isSequenceEntry(at: position) { return sequence(indent: indent) }
        if isKey() { return mapping(indent: indent) }
        guard inlineValue(parentIndent: parentIndent) else { return false }
        // A scalar ends its line; a deeper line after it would continue it, which the subset leaves out.
        return position >= bytes.count || indentation(ofLineAt: lineStart) <= parentIndent
    }

    private mutating func mapping(indent: Int) -> Bool {
        guard builder.begin(.mapping, line: line, column: column + 1) != nil else { return false }
        while true {
            guard column == indent, key() else { return false }
            skipSpaces()
            if atEndOfContent() {
                guard endOfLine() else { return false }
                skipToContent()
                guard position < bytes.count else { return false }
                let next = column
                if next > indent {
                    guard node(indent: next, parentIndent: indent) else { return false }
                } else if next == indent, isSequenceEntry(at: position) {
                    guard sequence(indent: indent) else { return false }
                } else {
                    return false
                }
            } else {
                guard inlineValue(parentIndent: indent) else { return false }
                if position < bytes.count, column > indent { return false }
            }
            if position >= bytes.count || column < indent { break }
            if column > indent || isSequenceEntry(at: position) { return false }
        }
        builder.end()
        return true
    }

    private mutating func sequence(indent: Int) -> Bool {
        guard builder.begin(.sequence, line: line, column: column + 1) != nil else { return false }
        while position < bytes.count, column == indent, isSequenceEntry(at: position) {
            position += 1
            skipSpaces()
            if atEndOfContent() {
                guard endOfLine() else { return false }
                skipToContent()
                guard position < bytes.count, column > indent else { return false }
                guard node(indent: column, parentIndent: indent) else { return false }
            } else {
                guard !isSequenceEntry(at: position) else { return false }
                guard node(indent: column, parentIndent: indent) else { return false }
            }
            if position < bytes.count, column > indent { return false }
        }
        builder.end()
        return true
    }

    /// A scalar or flow collection that fills the rest of its line; moves to the next line with content.
    private mutating func inlineValue(parentIndent: Int) -> Bool {
        let byte = bytes[position]
        if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "|") { return blockScalar(parentIndent: parentIndent) }
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
            guard flowCollection() else { return false }
        } else {
            guard scalar(inFlow: false) else { return false }
        }
        skipSpaces()
        guard endOfLine() else { return false }
        skipToContent()
        return true
    }

    /// A mapping key and its `:`.
    private mutating func key() -> Bool {
        let start = position
        guard scalar(inFlow: false), position - start <= 1000 else { return false }
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":"), isBlankOrEnd(position + 1) else { return false }
        position += 1
        return true
    }

    /// Whether the line from here reads as `key:`, by a look ahead that consumes nothing.
    private func isKey() -> Bool {
        var index = position
        let first = bytes[index]
        if first == UInt8(ascii: "[") || first == UInt8(ascii: "{") { return false }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            index += 1
            while index < bytes.count, bytes[index] != first, bytes[index] != 0x0A {
                index += first == UInt8(ascii: "\"") && bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            index += 1
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
            return index < bytes.count && bytes[index] == UInt8(ascii: ":") && isBlankOrEnd(index + 1)
        }
        while index < bytes.count, bytes[index] != 0x0A {
            if bytes[index] == UInt8(ascii: ":"), isBlankOrEnd(index + 1) { return true }
            if bytes[index] == UInt8(ascii: "#"), index > position, bytes[index - 1] == UInt8(ascii: " ") { return false }
            index += 1
        }
        return false
    }

    // MARK: Flow collections

    private mutating func flowCollection() -> Bool {
        let isSequence = bytes[position] == UInt8(ascii: "[")
        let close = UInt8(ascii: isSequence ? "]" : "}")
        guard builder.begin(isSequence ? .sequence : .mapping, line: line, column: column + 1) != nil else { return false }
        position += 1
        skipSpaces()
        if position < bytes.count, bytes[position] == close {
            position += 1
            builder.end()
            return true
        }
        while true {
            guard flowNode() else { return false }
            skipSpaces()
            if !isSequence {
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":"), isBlankOrEnd(position + 1) else { return false }
                position += 1
                skipSpaces()
                guard flowNode() else { return false }
                skipSpaces()
            }
            guard position < bytes.count else { return false }
            if bytes[position] == close {
                position += 1
                builder.end()
                return true
            }
            guard bytes[position] == UInt8(ascii: ",") else { return false }
            position += 1
            skipSpaces()
            guard position < bytes.count, bytes[position] != close else { return false }
        }
    }

    private mutating func flowNode() -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { return flowCollection() }
        return scalar(inFlow: true)
    }

    // MARK: Scalars

    private mutating func scalar(inFlow: Bool) -> Bool {
        guard position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "'"): return singleQuoted()
        case UInt8(ascii: "\""): return doubleQuoted()
        default: return plain(inFlow: inFlow)
        }
    }

    private mutating func plain(inFlow: Bool) -> Bool {
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

    private mutating func singleQuoted() -> Bool {
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

    private mutating func doubleQuoted() -> Bool {
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
    private mutating func addQuoted(_ text: [UInt8]?, from start: Int, to end: Int, column: Int) {
        if let text {
            text.withUnsafeBufferPointer { _ = builder.scalar($0, isPlain: false, line: line, column: column) }
        } else {
            builder.scalar(inSource: start..<end, isPlain: false, line: line, column: column)
        }
    }

    /// A folded (`>`) or literal (`|`) scalar, clipped or stripped (`-`), whose lines all share one
    /// indentation and hold no blank line; moves to the next line with content.
    private mutating func blockScalar(parentIndent: Int) -> Bool {
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
                // A blank line ends the scalar only if every line after it up to the next content is blank and
                // that content is less indented; otherwise it would fold into the text.
                var next = end
                while next < bytes.count {
                    let following = next + 1 + indentation(ofLineAt: next + 1)
                    guard following < bytes.count, bytes[following] == 0x0A else { break }
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
    private var column: Int {
        mutating get { columns.column(of: position, lineStart: lineStart, in: bytes) }
    }

    private func indentation(ofLineAt start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index - start
    }

    private mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") { position += 1 }
    }

    /// Whether only a comment or the line's end follows.
    private func atEndOfContent() -> Bool {
        position >= bytes.count || bytes[position] == 0x0A || bytes[position] == UInt8(ascii: "#")
    }

    /// Passes a comment and the line break after the current content; `false` if other text follows.
    private mutating func endOfLine() -> Bool {
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
    private mutating func skipToContent() {
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

    private func startsMarker(_ marker: StaticString) -> Bool {
        guard position == lineStart, position + 3 <= bytes.count else { return false }
        let pointer = marker.utf8Start
        return bytes[position] == pointer[0] && bytes[position + 1] == pointer[1] && bytes[position + 2] == pointer[2]
            && isBlankOrEnd(position + 3)
    }

    private func isSequenceEntry(at index: Int) -> Bool {
        bytes[index] == UInt8(ascii: "-") && isBlankOrEnd(index + 1)
    }

    private func isBlankOrEnd(_ index: Int) -> Bool {
        index >= bytes.count || bytes[index] == UInt8(ascii: " ") || bytes[index] == 0x0A
    }

    private static func isFlowIndicator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
    }

    /// Bytes that cannot start a plain scalar in the subset: YAML's indicators.
    private static func startsOtherNode(_ byte: UInt8) -> Bool {
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

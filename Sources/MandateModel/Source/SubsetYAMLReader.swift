/// Reads the subset of YAML that model files are written in, straight into a ``SourceTree``, several
/// times faster than libyaml's event parser: block mappings and lists, one-line plain and quoted scalars,
/// one-line flow collections, comments, a leading `---`, and folded or literal block scalars whose lines
/// share one indentation.
///
/// Anything else (anchors, aliases, tags, multi-line flow scalars, whitespace-only lines in a block scalar,
/// tabs, CR line ends, an empty value, a problem of any kind) makes it decline, and ``YAMLReader`` reads the
/// file through libyaml instead, which gives the same tree or a located error. It never reports an error
/// itself. Tests compare both readers' trees, node by node with line and column, on every model and fixture
/// and on generated models, and a fuzzer does so on mutations.
struct SubsetYAMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var builder: SourceTreeBuilder
    var position = 0
    var line = 1
    var lineStart = 0
    var columns = ColumnCounter()

    /// The tree of `bytes`, or `nil` when they leave the subset.
    static func read(_ source: [UInt8], file: String, maximumDepth: Int) -> SourceTree? {
        source.withUnsafeBufferPointer { bytes in
            guard staysInSubset(bytes) else { return nil }
            let builder = SourceTreeBuilder(file: file, maximumDepth: maximumDepth, source: source, expectedBytes: source.count)
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
    static func staysInSubset(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
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

    mutating func readDocument() -> Bool {
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
    mutating func node(indent: Int, parentIndent: Int) -> Bool {
        guard position < bytes.count else { return false }
        if isSequenceEntry(at: position) { return sequence(indent: indent) }
        if isKey() { return mapping(indent: indent) }
        guard inlineValue(parentIndent: parentIndent) else { return false }
        // A scalar ends its line; a deeper line after it would continue it, which the subset leaves out.
        return position >= bytes.count || indentation(ofLineAt: lineStart) <= parentIndent
    }

    mutating func mapping(indent: Int) -> Bool {
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

    mutating func sequence(indent: Int) -> Bool {
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
    mutating func inlineValue(parentIndent: Int) -> Bool {
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
    mutating func key() -> Bool {
        let start = position
        guard scalar(inFlow: false), position - start <= 1000 else { return false }
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":"), isBlankOrEnd(position + 1) else { return false }
        position += 1
        return true
    }

    /// Whether the line from here reads as `key:`, by a look ahead that consumes nothing.
    func isKey() -> Bool {
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

    mutating func flowCollection() -> Bool {
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

    mutating func flowNode() -> Bool {
        guard position < bytes.count else { return false }
        let byte = bytes[position]
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") { return flowCollection() }
        return scalar(inFlow: true)
    }

}

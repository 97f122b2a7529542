import Foundation

/// Explains a YAML syntax error that comes from indentation in the model's own terms — which key, under
/// which parent, how many spaces — whichever reader met it; `nil` where the lines show no such mistake.
struct IndentationAdvice {
    /// One line of the file as indentation sees it.
    private struct Line {
        let number: Int
        /// Leading spaces.
        let indent: Int
        /// The key the line starts with (`name` in `name: X`), if it is a `key:` line.
        let key: String?
        /// Whether the key has no value on its line, so that a deeper block follows.
        let opensBlock: Bool
        /// The column of the first tab among the leading white space, if any.
        let tabColumn: Int?
    }

    private let lines: [Line]

    /// The lines of `source`, a UTF-8 document.
    init(source: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: source, as: UTF8.self)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, raw in
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            let tabColumn = leading.firstIndex(of: "\t").map { line.distance(from: line.startIndex, to: $0) + 1 }
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(leading.count)
            var key: String?
            var opensBlock = false
            if let colon = rest.firstIndex(of: ":"), !rest.hasPrefix("-"), !rest.hasPrefix("#"), !rest.hasPrefix("{"), !rest.hasPrefix("[") {
                let after = rest[rest.index(after: colon)...]
                if after.isEmpty || after.first == " " {
                    key = String(rest[..<colon]).trimmingCharacters(in: .whitespaces)
                    let value = after.trimmingCharacters(in: .whitespaces)
                    opensBlock = value.isEmpty || value.hasPrefix("#")
                }
            }
            return Line(number: offset + 1, indent: indent, key: key, opensBlock: opensBlock, tabColumn: tabColumn)
        }
    }

    /// A tab in the leading white space of `line` (or, with `orAbove`, of the line before it), which YAML
    /// does not allow.
    func tab(on line: Int, orAbove: Bool, file: String) -> LoadDiagnostic? {
        for number in orAbove ? [line, line - 1] : [line] where number >= 1 && number <= lines.count {
            if let column = lines[number - 1].tabColumn {
                return LoadDiagnostic(.tabIndentation, at: SourceLocation(file: file, line: number, column: column))
            }
        }
        return nil
    }

    /// The indentation mistake on `line`, explained, if the lines above show one.
    func mistake(on line: Int, file: String) -> LoadDiagnostic? {
        guard line >= 1, line <= lines.count, let key = lines[line - 1].key else { return nil }
        let current = lines[line - 1]
        guard let previous = lines[..<(line - 1)].last(where: { $0.key != nil }), let sibling = previous.key else { return nil }
        let location = SourceLocation(file: file, line: line, column: current.indent + 1)
        if current.indent > previous.indent, !previous.opensBlock {
            return LoadDiagnostic(.overIndented(key: key, indent: current.indent, sibling: sibling, siblingIndent: previous.indent,
                                                parent: parent(of: previous)?.key), at: location)
        }
        guard current.indent < previous.indent else { return nil }
        // The levels above: the keys beside `previous`, then those of each parent in turn.
        var level = previous
        while let up = parent(of: level) {
            if current.indent == up.indent { return nil }
            if current.indent > up.indent {
                return LoadDiagnostic(.underIndented(key: key, indent: current.indent, inner: up.key ?? "", innerIndent: level.indent,
                                                     outer: parent(of: up)?.key, outerIndent: up.indent), at: location)
            }
            level = up
        }
        return nil
    }

    /// The nearest `key:` line above `line` that is less indented: the mapping entry `line` belongs to.
    private func parent(of line: Line) -> Line? {
        lines[..<(line.number - 1)].last { $0.key != nil && $0.indent < line.indent }
    }
}

import MandateModel

/// Where the cursor is, as completion needs it: at a key of an object, or at the value of a key (or an item of its
/// list), with what is typed so far. Worked out from the lines above the cursor (their indentation and keys), not
/// from a parsed tree: a file being typed is seldom valid YAML.
enum CompletionSpot: Equatable {
    /// A key of an object of the schema.
    case key(object: String, prefix: String)
    /// The value of `key`, in an object of the schema.
    case value(object: String, key: String, prefix: String)

    /// The spot at a position (0-based line, UTF-16 character); `nil` in a comment, a quoted text, or where the lines
    /// above name no object of the schema.
    static func at(line: Int, character: Int, in lines: TextLines) -> (spot: CompletionSpot, spec: ObjectSpec)? {
        let typed = String(String.UnicodeScalarView(lines.line(line).prefix(lines.column(line: line, character: character) - 1)))
        guard !typed.contains("#"), !typed.contains("\""), !typed.contains("'") else { return nil }
        let indent = typed.prefix { $0 == " " }.count
        var rest = typed.dropFirst(indent)
        var keyColumn = indent
        var isItem = false
        while rest.hasPrefix("- ") || rest == "-" {
            isItem = true
            let dash = rest.dropFirst().prefix { $0 == " " }.count + 1
            keyColumn += dash
            rest = rest.dropFirst(dash)
        }
        if let colon = rest.firstIndex(of: ":") {
            // `key: value`, the cursor in the value (in a flow list, the item after the last `[` or `,`).
            let key = String(rest[..<colon])
            var value = rest[rest.index(after: colon)...].drop { $0 == " " }
            if let bracket = value.lastIndex(where: { $0 == "[" || $0 == "," }) { value = value[value.index(after: bracket)...].drop { $0 == " " } }
            guard let spec = object(above: line, column: keyColumn, in: lines) else { return nil }
            return (.value(object: spec.name, key: key, prefix: String(value)), spec)
        }
        if isItem {
            // `- item`: an item of the list of the key above.
            guard let (key, column) = parentKey(above: line, column: indent, orSame: true, in: lines),
                  let spec = object(above: key.line, column: column, in: lines) else { return nil }
            return (.value(object: spec.name, key: key.name, prefix: String(rest)), spec)
        }
        guard let spec = object(above: line, column: keyColumn, in: lines) else { return nil }
        return (.key(object: spec.name, prefix: String(rest)), spec)
    }

    /// The object whose keys are written at `column` below `line`: found by following the keys of the lines above
    /// that are less indented, back to the document.
    private static func object(above line: Int, column: Int, in lines: TextLines) -> ObjectSpec? {
        var path: [String] = []
        var line = line
        var column = column
        while column > 0, let (key, keyColumn) = parentKey(above: line, column: column, orSame: false, in: lines) {
            path.insert(key.name, at: 0)
            (line, column) = (key.line, keyColumn)
        }
        guard column == 0 else { return nil }
        var spec = ModelSchema.document
        var position = 0
        while position < path.count {
            guard let type = spec.key(path[position])?.type else { return nil }
            switch type {
            case .entries(let inner):
                // The next key is an entry's id.
                guard position + 1 < path.count else { return nil }
                spec = inner
                position += 1
            case .object(let inner), .objects(let inner), .records(let inner), .members(let inner): spec = inner
            default: return nil
            }
            position += 1
        }
        return spec
    }

    /// The nearest line above `line` whose key is written left of `column` (or at it, for a list written at its key's
    /// indentation, when `orSame`): its key, line and the key's column. An item's key (`- role: x`) counts as written
    /// where the key starts, so that it is its siblings' sibling, not their parent.
    private static func parentKey(above line: Int, column: Int, orSame: Bool, in lines: TextLines) -> (key: (name: String, line: Int), column: Int)? {
        var current = line - 1
        while current >= 0 {
            let text = String(String.UnicodeScalarView(lines.line(current)))
            let indent = text.prefix { $0 == " " }.count
            var rest = text.dropFirst(indent)
            var keyColumn = indent
            while rest.hasPrefix("- ") {
                let dash = rest.dropFirst().prefix { $0 == " " }.count + 1
                keyColumn += dash
                rest = rest.dropFirst(dash)
            }
            if !rest.isEmpty, !rest.hasPrefix("#"), keyColumn < column || (orSame && keyColumn == column && keyColumn == indent) {
                guard let colon = rest.firstIndex(of: ":") else { return nil }
                return ((String(rest[..<colon]), current), keyColumn)
            }
            current -= 1
        }
        return nil
    }
}

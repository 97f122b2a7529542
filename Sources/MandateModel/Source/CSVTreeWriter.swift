/// Writes the rows of a CSV model as the tree a YAML model file with the same content would give, each
/// value at the line and column of its field.
struct CSVTreeWriter {
    private let file: String
    private let source: [UInt8]
    private let decoded: [UInt8]
    private let columns: [String]
    private var builder: SourceTreeBuilder

    /// The body keys whose value is a list, written in one field with `;` between the items.
    static let listKeys: Set<String> = Set(ModelSchema.body.keys.filter { key in
        switch key.type {
        case .texts, .references, .members: true
        default: false
        }
    }.map(\.name))

    /// The body keys whose value is `true` or `false`.
    static let booleanKeys: Set<String> = Set(ModelSchema.body.keys.filter { if case .boolean = $0.type { true } else { false } }.map(\.name))
    /// The byte between the items of a list field.
    private let listSeparator: UInt8

    init(file: String, source: [UInt8], decoded: [UInt8], columns: [String], listSeparator: UInt8) {
        self.listSeparator = listSeparator
        self.file = file
        self.source = source
        self.decoded = decoded
        self.columns = columns
        builder = SourceTreeBuilder(file: file, maximumDepth: ModelLoader.maximumDepth, source: source)
    }

    /// The model's tree: its id and title from the file's name, the organisations, units and roles the
    /// rows name, and one body per row.
    mutating func tree(rows: [[CSVCell]]) -> SourceTree {
        _ = builder.begin(.mapping, line: 1, column: 1)
        word("mandate", 1, 1)
        word("1", 1, 1)
        word("model", 1, 1)
        word(Self.modelID(file: file), 1, 1)
        word("title", 1, 1)
        word(String(file.split(separator: "/").last ?? Substring(file)), 1, 1)
        let organisations = named(in: rows, columns: ["organisation"])
        let organisationIDs = Set(organisations.map(\.text))
        section("organisations", entries: organisations, nameKey: "name", kind: "other")
        section("units", entries: named(in: rows, columns: ["secretariat"]).filter { !organisationIDs.contains($0.text) }, nameKey: "name", kind: nil)
        section("roles", entries: named(in: rows, columns: ["chair", "coChairs", "members"]), nameKey: "title", kind: nil)
        word("bodies", 1, 1)
        _ = builder.begin(.mapping, line: rows.first?.first?.line ?? 1, column: 1)
        let idColumn = columns.firstIndex(of: "id") ?? 0
        for row in rows {
            body(row, id: row[idColumn], skipping: idColumn)
        }
        builder.end()
        builder.end()
        return builder.finish()
    }

    private mutating func body(_ row: [CSVCell], id: CSVCell, skipping idColumn: Int) {
        add(id)
        _ = builder.begin(.mapping, line: id.line, column: id.column)
        var valid: [(key: String, cell: CSVCell)] = []
        for (position, cell) in row.enumerated() where position != idColumn && !cell.isEmpty {
            let name = columns[position]
            if name == "validFrom" || name == "validUntil" {
                valid.append((name == "validFrom" ? "from" : "until", cell))
                continue
            }
            word(name, cell.line, cell.column)
            if Self.listKeys.contains(name) {
                _ = builder.begin(.sequence, line: cell.line, column: cell.column)
                for part in parts(of: cell) { add(part) }
                builder.end()
            } else if Self.booleanKeys.contains(name), let value = Self.spreadsheetBoolean(text(of: cell)) {
                word(value, cell.line, cell.column)
            } else {
                add(cell)
            }
        }
        if let first = valid.first {
            word("valid", first.cell.line, first.cell.column)
            _ = builder.begin(.mapping, line: first.cell.line, column: first.cell.column)
            for (key, cell) in valid {
                word(key, cell.line, cell.column)
                add(cell)
            }
            builder.end()
        }
        builder.end()
    }

    /// A section of elements declared by naming them, each with its name (or title) and kind.
    private mutating func section(_ key: String, entries: [(text: String, cell: CSVCell)], nameKey: String, kind: String?) {
        guard !entries.isEmpty else { return }
        word(key, 1, 1)
        _ = builder.begin(.mapping, line: entries[0].cell.line, column: entries[0].cell.column)
        for (text, cell) in entries {
            add(cell)
            _ = builder.begin(.mapping, line: cell.line, column: cell.column)
            word(nameKey, cell.line, cell.column)
            word(text, cell.line, cell.column)
            if let kind {
                word("kind", cell.line, cell.column)
                word(kind, cell.line, cell.column)
            }
            builder.end()
        }
        builder.end()
    }

    /// The distinct ids under `columns`, in the order the rows first name them, with the first field part naming each.
    private func named(in rows: [[CSVCell]], columns names: [String]) -> [(text: String, cell: CSVCell)] {
        let positions = names.compactMap { columns.firstIndex(of: $0) }
        var seen = Set<String>()
        var result: [(text: String, cell: CSVCell)] = []
        for row in rows {
            for position in positions where !row[position].isEmpty {
                for part in Self.listKeys.contains(columns[position]) ? parts(of: row[position]) : [row[position]] {
                    let text = text(of: part)
                    if seen.insert(text).inserted { result.append((text, part)) }
                }
            }
        }
        return result
    }

    /// `true` or `false` for the ways spreadsheets write them, `nil` for anything else.
    private static func spreadsheetBoolean(_ text: String) -> String? {
        switch text.lowercased() {
        case "true", "sand": "true"
        case "false", "falsk": "false"
        default: nil
        }
    }

    /// A list field's items: split at the list separator, with the spaces around each taken off and empty items left out.
    private func parts(of cell: CSVCell) -> [CSVCell] {
        let bytes = cell.isDecoded ? decoded : source
        var result: [CSVCell] = []
        var start = cell.range.lowerBound
        var column = cell.column + (cell.isQuoted ? 1 : 0)
        var index = start
        while index <= cell.range.upperBound {
            if index == cell.range.upperBound || bytes[index] == listSeparator {
                var low = start
                var high = index
                var lowColumn = column
                while low < high, bytes[low] == UInt8(ascii: " ") {
                    low += 1
                    lowColumn += 1
                }
                while high > low, bytes[high - 1] == UInt8(ascii: " ") { high -= 1 }
                if low < high {
                    result.append(CSVCell(range: low..<high, isDecoded: cell.isDecoded, line: cell.line, column: lowColumn, isQuoted: false))
                }
                start = index + 1
                column = lowColumn + (low..<index).reduce(0) { $0 + (bytes[$1] & 0xC0 != 0x80 ? 1 : 0) } + 1
            }
            index += 1
        }
        return result
    }

    private func text(of cell: CSVCell) -> String {
        String(decoding: (cell.isDecoded ? decoded : source)[cell.range], as: UTF8.self)
    }

    /// A field's text as a plain scalar, so that `true` and numbers read as such.
    private mutating func add(_ cell: CSVCell) {
        if cell.isDecoded {
            decoded.withUnsafeBufferPointer { buffer in
                _ = builder.scalar(UnsafeBufferPointer(rebasing: buffer[cell.range]), isPlain: true, line: cell.line, column: cell.column)
            }
        } else {
            builder.scalar(inSource: cell.range, isPlain: true, line: cell.line, column: cell.column)
        }
    }

    /// A text the reader supplies (a key, the model's id), placed where it applies.
    private mutating func word(_ text: String, _ line: Int, _ column: Int) {
        var text = text
        text.withUTF8 { _ = builder.scalar($0, isPlain: true, line: line, column: column) }
    }

    /// The model's id: the file's name without its extension, with any character an id may not hold made `-`.
    static func modelID(file: String) -> String {
        var name = Substring(file.split(separator: "/").last ?? Substring(file))
        if let dot = name.lastIndex(of: ".") { name = name[..<dot] }
        let cleaned = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)) ? Character(scalar) : "-"
        })
        guard let first = cleaned.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic || ("0"..."9").contains(first) else {
            return "model-" + cleaned
        }
        return cleaned
    }
}

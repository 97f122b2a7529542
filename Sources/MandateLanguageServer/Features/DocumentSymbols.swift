import MandateModel

/// A file's symbols: its bodies as the reporting tree (each under the body it reports to, where that body is in
/// the same file), then a group for each other section (organisations, units, roles). Read from the file's outline,
/// so that a file that does not load still shows what it declares; the tree needs the loaded structure.
struct DocumentSymbols {
    let outline: FileOutline
    let index: StructureIndex
    let model: Model?
    let lines: TextLines

    var json: JSONValue {
        let declarations = outline.declarations.sorted { $0.location < $1.location }
        var ranges: [String: TextRange] = [:]
        for (position, declaration) in declarations.enumerated() {
            let last = position + 1 < declarations.count ? declarations[position + 1].location.line - 2 : lines.lines.count - 1
            let end = max(last, declaration.location.line - 1)
            ranges[declaration.id] = TextRange(startLine: declaration.location.line - 1, startCharacter: 0,
                                               endLine: end, endCharacter: lines.line(end).reduce(0) { $0 + $1.utf16.count })
        }
        let bodies = declarations.filter { $0.kind == .body }
        let local = Set(bodies.map(\.id))
        var children: [String: [FileOutline.Declaration]] = [:]
        var roots: [FileOutline.Declaration] = []
        for body in bodies {
            let parent = model?.body(BodyID(index.qualified(body.id, in: outline.file)))?.reportsTo.lazy
                .map { self.index.written($0.value.rawValue, in: self.outline.file) }.first { local.contains($0) && $0 != body.id }
            if let parent { children[parent, default: []].append(body) } else { roots.append(body) }
        }
        var seen = Set<String>()
        func symbol(_ declaration: FileOutline.Declaration) -> JSONValue {
            seen.insert(declaration.id)
            let below = (children[declaration.id] ?? []).filter { !seen.contains($0.id) }.map(symbol)
            return item(declaration, range: ranges[declaration.id]!, children: below)
        }
        var symbols = roots.map(symbol)
        // Bodies that report in a circle have no root in the file: shown at the top.
        symbols += bodies.filter { !seen.contains($0.id) }.map(symbol)
        for kind in [EntityKind.organisation, .unit, .role] {
            let members = declarations.filter { $0.kind == kind }
            guard let first = members.first, let last = members.last else { continue }
            let range = TextRange(startLine: first.location.line - 1, startCharacter: 0, endLine: ranges[last.id]!.endLine, endCharacter: ranges[last.id]!.endCharacter)
            symbols.append(.object([("name", .string(kind.section)), ("kind", .int(3)), ("range", range.json),
                                    ("selectionRange", TextRange(line: range.startLine, from: 0, to: 0).json),
                                    ("children", .array(members.map { item($0, range: ranges[$0.id]!, children: []) }))]))
        }
        return .array(symbols)
    }

    private func item(_ declaration: FileOutline.Declaration, range: TextRange, children: [JSONValue]) -> JSONValue {
        let kinds: [EntityKind: Int] = [.organisation: 2, .unit: 4, .role: 7, .body: 5]
        let name = declaration.name.flatMap { $0.isEmpty ? nil : $0 }
        var fields: [(String, JSONValue)] = [("name", .string(name ?? declaration.id))]
        if name != nil { fields.append(("detail", .string(declaration.id))) }
        fields += [("kind", .int(kinds[declaration.kind]!)), ("range", range.json),
                   ("selectionRange", lines.wordRange(line: declaration.location.line, column: declaration.location.column).json)]
        if !children.isEmpty { fields.append(("children", .array(children))) }
        return .object(fields)
    }
}

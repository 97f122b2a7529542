import MandateModel

/// The completions at a spot: the keys an object takes (with their documentation from the schema), the ids of the
/// kinds a key names (each with its name), and the values a key takes from a fixed set (kinds of body, cadences,
/// seats, languages, `true` and `false`).
struct Completion {
    /// The most items sent at once; the list says it is incomplete beyond that, and the editor asks again as more is typed.
    static let limit = 200

    let spot: CompletionSpot
    let spec: ObjectSpec
    let index: StructureIndex
    let file: String
    let ownKinds: [String]
    let line: Int
    let character: Int

    var json: JSONValue {
        var items: [(label: String, kind: Int, detail: String?, documentation: String?, insert: String)] = []
        let prefix: String
        switch spot {
        case .key(_, let typed):
            prefix = typed
            items = spec.keys.map { ($0.name, 10, nil, $0.summary, $0.name + ": ") }
        case .value(_, let key, let typed):
            prefix = typed
            switch spec.key(key)?.type {
            case .reference(let kinds), .references(let kinds):
                items = ids(kinds)
            case .members:
                items = ids([.role])
            case .choice(let values):
                items = values.map { ($0, 20, nil, nil, $0) }
            case .suggestedText(let values):
                items = (values + (key == "kind" ? ownKinds : [])).map { ($0, 20, nil, nil, $0) }
            case .boolean:
                items = ["true", "false"].map { ($0, 12, nil, nil, $0) }
            default:
                items = []
            }
        }
        let matching = items.filter { $0.label.lowercased().hasPrefix(prefix.lowercased()) }
        let typed = TextRange(line: line, from: character - prefix.utf16.count, to: character)
        return .object([
            ("isIncomplete", .bool(matching.count > Self.limit)),
            ("items", .array(matching.prefix(Self.limit).map { item in
                var fields: [(String, JSONValue)] = [("label", .string(item.label)), ("kind", .int(item.kind))]
                if let detail = item.detail { fields.append(("detail", .string(detail))) }
                if let documentation = item.documentation {
                    fields.append(("documentation", .object([("kind", .string("markdown")), ("value", .string(documentation))])))
                }
                fields.append(("textEdit", TextEdit.json(typed, item.insert)))
                return .object(fields)
            })),
        ])
    }

    /// The ids of the elements of `kinds`, as this file writes them, each with its name.
    private func ids(_ kinds: [EntityKind]) -> [(String, Int, String?, String?, String)] {
        let itemKinds: [EntityKind: Int] = [.body: 7, .role: 5, .unit: 22, .organisation: 9]
        return index.candidates(of: kinds, from: file).map { written, declaration in
            (written, itemKinds[declaration.kind]!, declaration.name, nil, written)
        }
    }
}

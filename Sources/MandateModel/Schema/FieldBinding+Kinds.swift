/// The kinds of value a key can hold, each a factory that declares the key and binds it to a property.
extension FieldBinding {
    /// Required text.
    static func text(_ name: String, _ path: WritableKeyPath<Entity, String> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .text, summary, required: true),
             decode: { entity, node, decoder in if let text = decoder.text(node, key: name) { entity[keyPath: path] = text } },
             encode: { .string($0[keyPath: path]) },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// Optional text; `words` are values that tools understand, offered by the JSON Schema.
    static func text(_ name: String, _ path: WritableKeyPath<Entity, String?> & Sendable, _ summary: String,
                     suggesting words: [String]? = nil) -> Self {
        Self(key: KeySpec(name, words.map { .suggestedText($0) } ?? .text, summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.text(node, key: name) },
             encode: { $0[keyPath: path].map(JSONValue.string) },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// A list of texts; a single text is a list of one.
    static func texts(_ name: String, _ path: WritableKeyPath<Entity, [String]> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .texts, summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.texts(node, key: name) },
             encode: { list($0[keyPath: path].map(JSONValue.string)) },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// One of a fixed set of words; required.
    static func choice<Choice: ModelChoice>(_ name: String, _ path: WritableKeyPath<Entity, Choice> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .choice(Choice.allCases.map(\.rawValue)), summary, required: true),
             decode: { entity, node, decoder in if let value: Choice = decoder.choice(node, key: name) { entity[keyPath: path] = value } },
             encode: { .string($0[keyPath: path].rawValue) },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// `true` or `false`; written only when true.
    static func flag(_ name: String, _ path: WritableKeyPath<Entity, Bool> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .boolean, summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.boolean(node, key: name) ?? false },
             encode: { $0[keyPath: path] ? .bool(true) : nil },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// A whole number of at least 1, 1 where none is given; written only when it is not 1.
    static func count(_ name: String, _ path: WritableKeyPath<Entity, Int> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .integer(minimum: 1), summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.integer(node, key: name, minimum: 1) ?? 1 },
             encode: { $0[keyPath: path] == 1 ? nil : .int($0[keyPath: path]) },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// A date, `YYYY-MM-DD`.
    static func date(_ name: String, _ path: WritableKeyPath<Entity, Day?> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .date, summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.day(node, key: name) },
             encode: { $0[keyPath: path].map { .string($0.description) } },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// The id of one element of `kind` (a body's alias resolves to its id); `listKey` is the key to write
    /// instead where a list is given (`coChairs` for `chair`).
    static func reference<Target>(_ name: String, _ path: WritableKeyPath<Entity, Located<Identifier<Target>>?> & Sendable,
                                  to kind: EntityKind, listKey: String? = nil, _ summary: String) -> Self {
        let kinds = [kind]
        return Self(key: KeySpec(name, .reference(kinds), summary),
             decode: { entity, node, decoder in
                 if let listKey, decoder.tree.kind(of: node) == .sequence {
                     decoder.report(.listWhereOne(key: name, listKey: listKey, items: decoder.tree.children(of: node).map(decoder.tree.text(of:))),
                                    at: decoder.tree.location(of: node))
                     return
                 }
                 entity[keyPath: path] = decoder.reference(node, key: name, to: kinds)
             },
             encode: { $0[keyPath: path].map { .string($0.value.rawValue) } },
             copy: { $0[keyPath: path] = $1[keyPath: path] },
             drop: { entity, removed in
                 if let target = entity[keyPath: path], removed.contains(EntityID(kind, target.value.rawValue)) { entity[keyPath: path] = nil }
             })
    }

    /// One id or a list of ids of elements of `kind`.
    static func references<Target>(_ name: String, _ path: WritableKeyPath<Entity, [Located<Identifier<Target>>]> & Sendable,
                                   to kind: EntityKind, _ summary: String) -> Self {
        let kinds = [kind]
        return Self(key: KeySpec(name, .references(kinds), summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.references(node, key: name, to: kinds) },
             encode: { list($0[keyPath: path].map { .string($0.value.rawValue) }) },
             copy: { $0[keyPath: path] = $1[keyPath: path] },
             drop: { entity, removed in entity[keyPath: path].removeAll { removed.contains(EntityID(kind, $0.value.rawValue)) } })
    }

    /// One id or a list of ids of elements of any of `kinds`.
    static func references(_ name: String, _ path: WritableKeyPath<Entity, [Located<EntityID>]> & Sendable,
                           to kinds: [EntityKind], _ summary: String) -> Self {
        Self(key: KeySpec(name, .references(kinds), summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.entityReferences(node, key: name, kinds: kinds) },
             encode: { list($0[keyPath: path].map { .string($0.value.rawValue) }) },
             copy: { $0[keyPath: path] = $1[keyPath: path] },
             drop: { entity, removed in entity[keyPath: path].removeAll { removed.contains($0.value) } })
    }

    /// Ids of bodies that may belong to an earlier version of the model: resolved where this model has them.
    static func earlierBodies(_ name: String, _ path: WritableKeyPath<Entity, [Located<BodyID>]> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .texts, summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.historicalReferences(node, key: name) },
             encode: { list($0[keyPath: path].map { .string($0.value.rawValue) }) },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// A period, `{from, until}`, or a list of periods.
    static func validity(_ name: String, _ path: WritableKeyPath<Entity, Validity> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .objects(ModelSchema.validity), summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.validity(node, key: name) },
             encode: { entity in
                 let periods = entity[keyPath: path].periods.map { period in
                     JSONValue.object([("from", period.from), ("until", period.until)].compactMap { key, day in day.map { (key, .string($0.description)) } })
                 }
                 return periods.count > 1 ? .array(periods) : periods.first
             },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// A list of records with a name and dates (holders, former names); an item may be the name alone.
    static func records<Record>(_ name: String, _ path: WritableKeyPath<Entity, [Record]> & Sendable, _ spec: ObjectSpec, _ summary: String,
                                make: @escaping @Sendable (String, Day?, Day?) -> Record,
                                parts: @escaping @Sendable (Record) -> (String, Day?, Day?)) -> Self {
        Self(key: KeySpec(name, .records(spec), summary),
             decode: { entity, node, decoder in
                 entity[keyPath: path] = decoder.records(node, key: name, spec: spec).map { make($0.name, $0.from, $0.until) }
             },
             encode: { entity in
                 list(entity[keyPath: path].map { record in
                     let (name, from, until) = parts(record)
                     guard from != nil || until != nil else { return .string(name) }
                     return .object([("name", .string(name))] + [("from", from), ("until", until)].compactMap { key, day in
                         day.map { (key, JSONValue.string($0.description)) }
                     })
                 })
             },
             copy: { $0[keyPath: path] = $1[keyPath: path] })
    }

    /// A body's kind: a built-in kind, or one of the model's own kinds, which sets both.
    static func bodyKind(_ name: String, _ path: WritableKeyPath<Entity, BodyKind> & Sendable,
                         own ownPath: WritableKeyPath<Entity, String?> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .suggestedText(BodyKind.allCases.map(\.rawValue)), summary, required: true),
             decode: { entity, node, decoder in
                 guard let (kind, own) = decoder.bodyKind(node, key: name) else { return }
                 entity[keyPath: path] = kind
                 entity[keyPath: ownPath] = own
             },
             encode: { .string($0[keyPath: ownPath] ?? $0[keyPath: path].rawValue) },
             copy: { $0[keyPath: path] = $1[keyPath: path]; $0[keyPath: ownPath] = $1[keyPath: ownPath] })
    }

    /// Permanent members: role ids, or mappings with a role, a count and a note.
    static func members(_ name: String, _ path: WritableKeyPath<Entity, [Membership]> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .members(ModelSchema.membership), summary),
             decode: { entity, node, decoder in entity[keyPath: path] = decoder.members(node) },
             encode: { entity in
                 list(entity[keyPath: path].map { member in
                     guard member.count != nil || member.note != nil || member.seat != nil || member.title != nil else {
                         return .string(member.role.value.rawValue)
                     }
                     return .object([("role", .string(member.role.value.rawValue))] + (member.count.map { [("count", .int($0))] } ?? [])
                                    + (member.note.map { [("note", .string($0))] } ?? []) + (member.seat.map { [("seat", .string($0.rawValue))] } ?? [])
                                    + (member.title.map { [("title", .string($0))] } ?? []))
                 })
             },
             copy: { $0[keyPath: path] = $1[keyPath: path] },
             drop: { entity, removed in entity[keyPath: path].removeAll { removed.contains(.role($0.role.value)) } })
    }

    /// A list, or `nil` where it is empty.
    private static func list(_ items: [JSONValue]) -> JSONValue? {
        items.isEmpty ? nil : .array(items)
    }
}

/// A body's dated changes, whose keys are the body's own dated keys (``ModelSchema/datedFields``).
extension FieldBinding where Entity == Body {
    /// A list of changes, each a mapping with `from` and the keys that change.
    static func changes(_ name: String, _ path: WritableKeyPath<Body, [BodyChange]> & Sendable, _ summary: String) -> Self {
        Self(key: KeySpec(name, .objects(ModelSchema.change), summary),
             decode: { body, node, decoder in body[keyPath: path] = decoder.changes(node, key: name, of: body) },
             encode: { body in
                 let changes = body[keyPath: path].map { change in
                     let values = ModelSchema.datedFields.filter { change.keys.contains($0.key.name) }.map { field in
                         // A key set to nothing (no chair, no reporting line) is written empty rather than left out.
                         (field.key.name, field.encode(change.values) ?? Self.emptyValue(of: field.key.type))
                     }
                     return JSONValue.object([("from", .string(change.from.description))] + (change.source.map { [("source", .string($0))] } ?? [])
                                             + values)
                 }
                 return changes.isEmpty ? nil : .array(changes)
             },
             copy: { $0[keyPath: path] = $1[keyPath: path] },
             drop: { body, removed in
                 body[keyPath: path] = body[keyPath: path].map { change in
                     BodyChange(from: change.from, keys: change.keys, values: change.values.dropping(removed), source: change.source,
                                location: change.location)
                 }
             })
    }

    /// How the model file writes a key given no value: `false` for a flag, an empty list or null for the rest.
    private static func emptyValue(of type: ValueType) -> JSONValue {
        switch type {
        case .boolean: .bool(false)
        case .references, .members, .texts: .array([])
        default: .null
        }
    }
}

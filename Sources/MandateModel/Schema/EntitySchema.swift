/// The keys of one kind of element (organisation, unit, role, body), each declared once with where it
/// goes: decoding, export and the JSON Schema are all read from this table.
package struct EntitySchema<Entity>: Sendable {
    /// The object as the file format describes it.
    package let spec: ObjectSpec
    /// Each key's binding to the element, in the order of ``ObjectSpec/keys``.
    package let fields: [FieldBinding<Entity>]
    /// The element an entry starts from, before its keys are read: its id and where it is written.
    let blank: @Sendable (String, SourceLocation) -> Entity
    /// Whether its ids are model ids, unique across organisations, units, roles and bodies (the model's own
    /// kinds of body have ids of their own).
    let isIndexed: Bool

    init(name: String, summary: String, conflicts: [(String, String)] = [], isIndexed: Bool = true, fields: [FieldBinding<Entity>],
         blank: @escaping @Sendable (String, SourceLocation) -> Entity) {
        self.isIndexed = isIndexed
        spec = ObjectSpec(name: name, summary: summary, keys: fields.map(\.key), conflicts: conflicts)
        self.fields = fields
        self.blank = blank
    }

    /// The element's keys as the model file writes them, in schema order, leaving out values that are defaults.
    package func encode(_ entity: Entity) -> [(String, JSONValue)] {
        fields.compactMap { field in field.encode(entity).map { (field.key.name, $0) } }
    }
}

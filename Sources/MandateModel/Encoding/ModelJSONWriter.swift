/// Writes a ``Model`` as JSON in the structure of the model file, so a YAML model can be converted to
/// JSON and loaded back unchanged. Keys keep the schema's order; values that are defaults are left out.
package enum ModelJSONWriter {
    /// The model as formatted JSON, ending with a newline.
    public static func write(_ model: Model) -> String {
        value(of: model).formatted() + "\n"
    }

    /// The model as a JSON value.
    package static func value(of model: Model) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("mandate", .int(ModelSchema.formatVersion)), ("model", .string(model.id))]
        if let title = model.title { pairs.append(("title", .string(title))) }
        if let source = model.source { pairs.append(("source", .string(source))) }
        if model.files.count == 1, let owner = model.files[0].owner { pairs.append(("owner", .string(owner))) }
        if let date = model.date { pairs.append(("date", .string(date.description))) }
        if let language = model.language { pairs.append(("language", .string(language.rawValue))) }
        if !model.kinds.isEmpty { pairs.append(("kinds", section(model.kinds, ModelSchema.kinds, id: \.id))) }
        pairs.append(("organisations", section(model.organisations, ModelSchema.organisations, id: \.id.rawValue)))
        pairs.append(("units", section(model.units, ModelSchema.units, id: \.id.rawValue)))
        pairs.append(("roles", section(model.roles, ModelSchema.roles, id: \.id.rawValue)))
        pairs.append(("bodies", section(model.bodies, ModelSchema.bodies, id: \.id.rawValue)))
        return .object(pairs)
    }

    private static func section<Entity>(_ elements: [Entity], _ schema: EntitySchema<Entity>, id: (Entity) -> String) -> JSONValue {
        .object(elements.map { (id($0), .object(schema.encode($0))) })
    }
}

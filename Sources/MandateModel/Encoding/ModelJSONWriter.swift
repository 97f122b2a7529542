/// Writes a ``Model`` as JSON in the structure of the model file, so a YAML model can be converted to
/// JSON and loaded back unchanged. Keys keep the schema's order; values that are defaults are left out.
public enum ModelJSONWriter {
    /// The model as formatted JSON, ending with a newline.
    public static func write(_ model: Model) -> String {
        value(of: model).formatted() + "\n"
    }

    /// The model as a JSON value.
    public static func value(of model: Model) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("mandate", .int(ModelSchema.formatVersion)), ("model", .string(model.id))]
        optional(model.title, "title", &pairs)
        optional(model.source, "source", &pairs)
        optional(model.date?.description, "date", &pairs)
        pairs.append(("organisations", .object(model.organisations.map { organisation in
            (organisation.id.rawValue, .object([("name", .string(organisation.name)), ("kind", .string(organisation.kind.rawValue))]))
        })))
        pairs.append(("units", .object(model.units.map { unit in
            var fields: [(String, JSONValue)] = [("name", .string(unit.name))]
            optional(unit.short, "short", &fields)
            optional(unit.organisation?.value.rawValue, "organisation", &fields)
            return (unit.id.rawValue, .object(fields))
        })))
        pairs.append(("roles", .object(model.roles.map { role in
            var fields: [(String, JSONValue)] = [("title", .string(role.title))]
            optional(role.organisation?.value.rawValue, "organisation", &fields)
            optional(role.unit?.value.rawValue, "unit", &fields)
            optional(role.note, "note", &fields)
            return (role.id.rawValue, .object(fields))
        })))
        pairs.append(("bodies", .object(model.bodies.map { ($0.id.rawValue, value(of: $0)) })))
        return .object(pairs)
    }

    private static func value(of body: Body) -> JSONValue {
        var fields: [(String, JSONValue)] = [("name", .string(body.name))]
        list(body.aliases, "aliases", &fields)
        fields.append(("kind", .string(body.kind.rawValue)))
        optional(body.organisation?.value.rawValue, "organisation", &fields)
        if body.isRoot { fields.append(("root", .bool(true))) }
        if body.isExternal { fields.append(("external", .bool(true))) }
        if body.count != 1 { fields.append(("count", .int(body.count))) }
        list(body.reportsTo.map(\.value.rawValue), "reportsTo", &fields)
        list(body.establishedBy.map(\.value.rawValue), "establishedBy", &fields)
        list(body.anchoredIn.map(\.value.rawValue), "anchoredIn", &fields)
        optional(body.chair?.value.rawValue, "chair", &fields)
        list(body.coChairs.map(\.value.rawValue), "coChairs", &fields)
        list(body.secretariat.map(\.value.rawValue), "secretariat", &fields)
        if !body.members.isEmpty {
            fields.append(("members", .array(body.members.map { member in
                guard member.count != nil || member.note != nil else { return .string(member.role.value.rawValue) }
                var entry: [(String, JSONValue)] = [("role", .string(member.role.value.rawValue))]
                if let count = member.count { entry.append(("count", .int(count))) }
                optional(member.note, "note", &entry)
                return .object(entry)
            })))
        }
        list(body.adHoc.map(\.value.rawValue), "adHoc", &fields)
        list(body.commissionedBy.map(\.value.rawValue), "commissionedBy", &fields)
        list(body.escalatesTo.map(\.value.rawValue), "escalatesTo", &fields)
        list(body.counterparts.map(\.value.rawValue), "counterpart", &fields)
        if body.validity != .always {
            var validity: [(String, JSONValue)] = []
            optional(body.validity.from?.description, "from", &validity)
            optional(body.validity.until?.description, "until", &validity)
            fields.append(("valid", .object(validity)))
        }
        optional(body.successor?.value.rawValue, "successor", &fields)
        if body.lapses { fields.append(("lapses", .bool(true))) }
        list(body.predecessors.map(\.value.rawValue), "predecessors", &fields)
        list(body.formerly, "formerly", &fields)
        optional(body.cadence, "cadence", &fields)
        optional(body.review?.description, "review", &fields)
        optional(body.source, "source", &fields)
        optional(body.note, "note", &fields)
        return .object(fields)
    }

    private static func optional(_ text: String?, _ key: String, _ fields: inout [(String, JSONValue)]) {
        if let text { fields.append((key, .string(text))) }
    }

    private static func list(_ items: [String], _ key: String, _ fields: inout [(String, JSONValue)]) {
        if !items.isEmpty { fields.append((key, .array(items.map(JSONValue.string)))) }
    }
}

/// Writes ``ModelSchema`` as a JSON Schema (draft 2020-12), for editors' completion and validation.
package enum JSONSchemaWriter {
    /// The schema as formatted JSON, ending with a newline.
    public static func write() -> String {
        let definitions: [ObjectSpec] = [ModelSchema.kind, ModelSchema.organisation, ModelSchema.unit, ModelSchema.role, ModelSchema.body,
                                         ModelSchema.membership, ModelSchema.validity, ModelSchema.change, ModelSchema.holder, ModelSchema.formerName]
        var root = objectSchema(ModelSchema.document)
        root.insert(("$schema", .string("https://json-schema.org/draft/2020-12/schema")), at: 0)
        root.insert(("$id", .string("https://mandate.invalid/schema/model-v\(ModelSchema.formatVersion).json")), at: 1)
        root.insert(("title", .string("Mandate model")), at: 2)
        root.append(("$defs", .object(
            [("id", .object([("type", .string("string")), ("pattern", .string(identifierPattern)),
                             ("description", .string("An id: a letter or digit of any script, then letters, digits, '-', '_' or '.'."))])),
             ("reference", .object([("type", .string("string")), ("minLength", .int(1)),
                                    ("description", .string("The id of an element, or one of a body's aliases; in a workspace, MODEL/ID names an element of another file."))])),
             ("date", .object([("type", .string("string")), ("pattern", .string(#"^\d{4}-\d{2}-\d{2}$"#)),
                               ("description", .string("A date, YYYY-MM-DD."))]))]
            + definitions.map { ($0.name, .object(objectSchema($0))) })))
        return JSONValue.object(root).formatted() + "\n"
    }

    /// The pattern every id must match.
    /// ASCII punctuation is left out, and every other character allowed, since JSON Schema validators differ on
    /// Unicode classes; the loader holds ids to letters and digits of any script.
    public static let identifierPattern = "^[^\\x00-\\x2F\\x3A-\\x40\\x5B-\\x60\\x7B-\\x7F][^\\x00-\\x2C\\x2F\\x3A-\\x40\\x5B-\\x5E\\x60\\x7B-\\x7F]*$"

    private static func objectSchema(_ spec: ObjectSpec) -> [(String, JSONValue)] {
        var result: [(String, JSONValue)] = [
            ("description", .string(spec.summary)),
            ("type", .string("object")),
            ("properties", .object(spec.keys.map { key in
                var property = valueSchema(key.type)
                property.insert(("description", .string(key.summary)), at: 0)
                return (key.name, .object(property))
            })),
            ("additionalProperties", .bool(false)),
        ]
        let required = spec.keys.filter(\.isRequired).map { JSONValue.string($0.name) }
        if !required.isEmpty { result.append(("required", .array(required))) }
        return result
    }

    private static func valueSchema(_ type: ValueType) -> [(String, JSONValue)] {
        let idReference: JSONValue = .object([("$ref", .string("#/$defs/reference"))])
        switch type {
        case .text:
            return [("type", .string("string"))]
        case .identifier:
            return [("$ref", .string("#/$defs/id"))]
        case .reference:
            return [("$ref", .string("#/$defs/reference"))]
        case .formatVersion:
            return [("const", .int(ModelSchema.formatVersion))]
        case .date:
            return [("$ref", .string("#/$defs/date"))]
        case .integer(let minimum):
            return [("type", .string("integer")), ("minimum", .int(minimum))]
        case .boolean:
            return [("type", .string("boolean"))]
        case .choice(let words):
            return [("enum", .array(words.map(JSONValue.string)))]
        case .suggestedText(let words):
            return [("anyOf", .array([.object([("enum", .array(words.map(JSONValue.string)))]),
                                      .object([("type", .string("string"))])]))]
        case .texts:
            return [("oneOf", .array([.object([("type", .string("string"))]),
                                      .object([("type", .string("array")), ("items", .object([("type", .string("string"))]))])]))]
        case .references:
            return [("oneOf", .array([idReference, .object([("type", .string("array")), ("items", idReference)])]))]
        case .members(let spec):
            return [("type", .string("array")),
                    ("items", .object([("oneOf", .array([idReference, .object([("$ref", .string("#/$defs/\(spec.name)"))])]))]))]
        case .objects(let spec):
            let object: JSONValue = .object([("$ref", .string("#/$defs/\(spec.name)"))])
            return [("oneOf", .array([object, .object([("type", .string("array")), ("items", object)])]))]
        case .records(let spec):
            return [("type", .string("array")),
                    ("items", .object([("oneOf", .array([.object([("type", .string("string"))]),
                                                         .object([("$ref", .string("#/$defs/\(spec.name)"))])]))]))]
        case .object(let spec):
            return [("$ref", .string("#/$defs/\(spec.name)"))]
        case .entries(let spec):
            return [("type", .string("object")),
                    ("propertyNames", .object([("$ref", .string("#/$defs/id"))])),
                    ("additionalProperties", .object([("$ref", .string("#/$defs/\(spec.name)"))]))]
        }
    }
}

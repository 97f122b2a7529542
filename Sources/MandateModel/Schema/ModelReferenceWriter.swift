/// The model file's key reference as Markdown, generated from ``ModelSchema`` as the rules' page is from the
/// rules: every object of the format with its keys, what each accepts and what it means. A test fails when the
/// committed article differs from what this writes.
package enum ModelReferenceWriter {
    /// The article, ending with a newline.
    public static func markdown() -> String {
        var out = """
            # The model file's keys

            Generated from the format's own declaration (`ModelSchema`) by `mandate schema model --markdown`; a test
            fails when this page is out of date. `mandate schema model` prints the same as JSON Schema, for editors
            that complete keys and values.

            Where a key takes an id, a file of a workspace may name an element of another file of it as `MODEL/ID`:
            the other file's `model:`, a slash, and the id that file declares.

            """
        var seen = Set<String>()
        var pending = [ModelSchema.document]
        while !pending.isEmpty {
            let object = pending.removeFirst()
            guard seen.insert(object.name).inserted else { continue }
            out += "\n## \(object.name)\n\n\(object.summary)\n\n| key | accepts | required | meaning |\n|---|---|---|---|\n"
            for key in object.keys {
                out += "| `\(key.name)` | \(accepts(key.type)) | \(key.isRequired ? "yes" : "") | \(key.summary.replacingOccurrences(of: "|", with: "\\|")) |\n"
                pending += nested(key.type)
            }
            if !object.conflicts.isEmpty {
                out += "\n" + object.conflicts.map { "`\($0.0)` and `\($0.1)` cannot both be given." }.joined(separator: " ") + "\n"
            }
        }
        return out
    }

    /// What a key accepts, in words.
    private static func accepts(_ type: ValueType) -> String {
        func kinds(_ kinds: [EntityKind]) -> String { kinds.map(\.rawValue).joined(separator: " or ") }
        return switch type {
        case .text: "text"
        case .identifier: "an id"
        case .formatVersion: "1"
        case .date: "a date, YYYY-MM-DD"
        case .integer(let minimum): "a whole number of at least \(minimum)"
        case .boolean: "true or false"
        case .choice(let words): words.map { "`\($0)`" }.joined(separator: ", ")
        case .suggestedText(let words): "text, such as " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .texts: "a text or a list of texts"
        case .reference(let targets): "the id of a \(kinds(targets))"
        case .references(let targets): "an id or a list of ids of \(kinds(targets))s"
        case .members(let spec): "a list of role ids, or of [\(spec.name)](#\(spec.name.lowercased())) mappings"
        case .object(let spec): "a [\(spec.name)](#\(spec.name.lowercased())) mapping"
        case .objects(let spec): "a [\(spec.name)](#\(spec.name.lowercased())) mapping, or a list of them"
        case .records(let spec): "a list of names, or of [\(spec.name)](#\(spec.name.lowercased())) mappings"
        case .entries(let spec): "a mapping from ids to [\(spec.name)](#\(spec.name.lowercased())) entries"
        }
    }

    private static func nested(_ type: ValueType) -> [ObjectSpec] {
        switch type {
        case .members(let spec), .object(let spec), .objects(let spec), .records(let spec), .entries(let spec): [spec]
        default: []
        }
    }
}

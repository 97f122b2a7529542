import MandateDiff
import MandateModel
import MandateRules

/// JSON Schemas (draft 2020-12) of the JSON that `mandate check --format json` and `mandate diff --format
/// json` print, for the scripts and CI jobs that read them; `mandate schema check|diff` prints them.
package enum ReportSchemas {
    /// The schema of `mandate check --format json`: one object for the whole run.
    public static var check: String {
        let report: JSONValue = object(required: ["model", "file", "date", "findings", "waived", "summary"], [
            ("model", string), ("file", string), ("date", date),
            ("findings", .object([("type", "array"), ("items", ref("finding"))])),
            ("waived", .object([("type", "array"), ("items", ref("finding"))])),
            ("summary", object(required: Severity.allCases.map(\.rawValue), Severity.allCases.map { ($0.rawValue, integer) })),
        ])
        let problem = object(required: ["file", "line", "column", "message", "hint"], [
            ("file", string), ("line", integer), ("column", integer), ("message", string), ("hint", string),
        ])
        let entry = object(required: ["model", "rule", "bodies", "message"], [
            ("model", string), ("rule", string), ("bodies", .object([("type", "array"), ("items", string)])), ("message", string),
        ])
        let baseline = object(required: ["file", "heldBack", "unmatched"], [
            ("file", string), ("heldBack", integer), ("unmatched", .object([("type", "array"), ("items", entry)])),
        ])
        return document(title: "Mandate check run", id: "check", root: [
            ("type", "object"),
            ("required", .array(["version", "models", "loadErrors", "configurationErrors", "baseline", "skipped"])),
            ("properties", .object([
                ("version", .object([("type", "string"), ("description", "The version of mandate that wrote it.")])),
                ("models", .object([("type", "array"), ("items", ref("report")), ("description", "A report per model checked.")])),
                ("loadErrors", .object([("type", "array"), ("items", ref("problem")), ("description", "Problems of models that could not be loaded.")])),
                ("configurationErrors", .object([("type", "array"), ("items", ref("problem")),
                                                 ("description", "Problems of configurations and baselines that could not be read.")])),
                ("baseline", .object([("oneOf", .array([.object([("type", "null")]), baseline]))])),
                ("skipped", .object([("type", "array"), ("items", string),
                                     ("description", "Files found in the folders named that declare no 'mandate:' and were passed by.")])),
            ])),
            ("additionalProperties", .bool(false)),
        ], definitions: [("report", report), ("finding", finding), ("location", location), ("problem", problem)])
    }

    /// The schema of `mandate diff --format json`.
    public static var diff: String {
        let side = object(required: ["model", "file", "date"], [("model", string), ("file", string), ("date", date)])
        let change = object(required: ["type", "body", "kind", "bodies"], [
            ("type", .object([("enum", .array(ChangeKind.allCases.map { .string($0.rawValue) }))])),
            ("body", string),
            ("kind", .object([("type", .array(["string", "null"]))])),
            ("bodies", .object([("type", "array"), ("items", string)])),
            ("old", .object([("type", "object"), ("description", "What changed, named: {\"reportsTo\": [ids]}, {\"name\": text}, {\"role\", \"count\"}, …")])),
            ("new", .object([("type", "object")])),
        ])
        let warning = object(required: ["message", "hint", "location"], [("message", string), ("hint", string), ("location", ref("location"))])
        let counts = ["merged", "split", "added", "removed", "started", "ended", "renamed", "moved", "other", "introduced", "resolved"]
        return document(title: "Mandate comparison", id: "diff", root: [
            ("type", "object"),
            ("required", .array(["before", "after", "changes", "warnings", "findings", "gaps", "summary"])),
            ("properties", .object([
                ("before", side), ("after", side),
                ("changes", .object([("type", "array"), ("items", change)])),
                ("warnings", .object([("type", "array"), ("items", warning)])),
                ("findings", object(required: ["introduced", "resolved"], [
                    ("introduced", .object([("type", "array"), ("items", ref("finding"))])),
                    ("resolved", .object([("type", "array"), ("items", ref("finding"))])),
                ])),
                ("gaps", object(required: ["introduced", "closed"], [
                    ("introduced", .object([("type", "array"), ("items", ref("gap"))])),
                    ("closed", .object([("type", "array"), ("items", ref("gap"))])),
                ])),
                ("summary", object(required: counts, counts.map { ($0, integer) })),
            ])),
            ("additionalProperties", .bool(false)),
        ], definitions: [("finding", finding), ("location", location), ("gap", gap)])
    }

    private static let string: JSONValue = .object([("type", "string")])
    private static let integer: JSONValue = .object([("type", "integer"), ("minimum", .int(0))])
    private static let date: JSONValue = .object([("type", "string"), ("pattern", #"^\d{4}-\d{2}-\d{2}$"#)])
    private static var location: JSONValue {
        object(required: ["file", "line", "column"], [("file", string), ("line", integer), ("column", integer)])
    }
    private static var gap: JSONValue {
        let day: JSONValue = .object([("type", .array(["string", "null"])), ("pattern", #"^\d{4}-\d{2}-\d{2}$"#)])
        return object(required: ["from", "until", "body", "relation", "before", "after", "message", "location"], [
            ("from", day), ("until", day), ("body", string),
            ("relation", .object([("enum", .array(ContinuityRelation.allCases.map { .string($0.rawValue) }))])),
            ("before", .object([("type", "array"), ("items", string)])), ("after", .object([("type", "array"), ("items", string)])),
            ("message", string), ("location", ref("location")),
        ])
    }
    private static var finding: JSONValue {
        object(required: ["rule", "severity", "message", "bodies", "location"], [
            ("rule", string), ("severity", .object([("enum", .array(Severity.allCases.map { .string($0.rawValue) }))])),
            ("message", string), ("bodies", .object([("type", "array"), ("items", string)])), ("location", ref("location")),
            ("owner", .object([("type", "string"), ("description", "Who keeps the finding's file (its owner:), where it names one.")])),
        ])
    }

    private static func ref(_ name: String) -> JSONValue { .object([("$ref", .string("#/$defs/\(name)"))]) }

    private static func object(required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        .object([("type", "object"), ("required", .array(required.map(JSONValue.string))), ("properties", .object(properties)),
                 ("additionalProperties", .bool(false))])
    }

    private static func document(title: String, id: String, root: [(String, JSONValue)], definitions: [(String, JSONValue)]) -> String {
        JSONValue.object([("$schema", "https://json-schema.org/draft/2020-12/schema"), ("$id", .string("https://mandate.invalid/schema/\(id).json")),
                          ("title", .string(title))] + root + [("$defs", .object(definitions))]).formatted() + "\n"
    }
}

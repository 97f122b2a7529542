import MandateDiff
import MandateModel

/// Writes a comparison as JSON: `{"before", "after", "changes": [{"type", "body", "kind", "bodies", "old",
/// "new"}], "warnings", "findings": {"introduced", "resolved"}, "gaps": {"introduced", "closed"}, "summary"}`, in the shape of
/// ``ReportSchemas/diff``. `old` and `new` name what changed (`{"reportsTo": [...]}`, `{"name": "…"}`).
package enum DiffJSONReporter {
    /// The comparison as JSON text, ending with a newline; messages of findings and gaps in `language`.
    public static func write(_ report: DiffReport, language: ModelLanguage = .en) -> String {
        value(of: report, language: language).formatted() + "\n"
    }

    /// The comparison as a JSON value, for a writer that adds to it.
    package static func value(of report: DiffReport, language: ModelLanguage = .en) -> JSONValue {
        let summary = DiffSummary(report: report)
        var counts = DiffSummary.structural.map { ($0.1, JSONValue.int(report.count($0.0))) }
        counts += [("other", .int(summary.otherChanges)), ("introduced", .int(report.introduced.count)),
                   ("resolved", .int(report.resolved.count))]
        let value: JSONValue = .object([
            ("before", side(report.before, report.beforeDate)),
            ("after", side(report.after, report.afterDate)),
            ("changes", .array(report.changes.map { change in
                let (old, new) = ChangeValues.of(change)
                let body = report.after.body(change.body).map { (report.after, $0) } ?? report.before.body(change.body).map { (report.before, $0) }
                return .object([
                    ("type", .string(change.kind.rawValue)),
                    ("body", .string(change.body.rawValue)),
                    ("kind", body.map { .string($0.0.kindName(of: $0.1)) } ?? .null),
                    ("bodies", .array(change.bodies.map { .string($0.rawValue) })),
                ] + (old.map { [("old", $0)] } ?? []) + (new.map { [("new", $0)] } ?? []))
            })),
            ("warnings", .array(report.warnings.map { warning in
                .object([("message", .string(warning.message)), ("hint", .string(warning.hint)),
                         ("location", .object([("file", .string(warning.location.file)), ("line", .int(warning.location.line)),
                                               ("column", .int(warning.location.column))]))])
            })),
            ("findings", .object([("introduced", .array(report.introduced.map { JSONReporter.value($0, language: language) })),
                                  ("resolved", .array(report.resolved.map { JSONReporter.value($0, language: language) }))])),
            ("gaps", .object([("introduced", .array(report.gapsIntroduced.map { TimelineJSONReporter.value($0, language: language) })),
                              ("closed", .array(report.gapsClosed.map { TimelineJSONReporter.value($0, language: language) }))])),
            ("summary", .object(counts)),
        ])
        return value
    }

    private static func side(_ model: Model, _ date: Day) -> JSONValue {
        .object([("model", .string(model.id)), ("file", .string(model.file)), ("date", .string(date.description))])
    }
}

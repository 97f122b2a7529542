import MandateDiff
import MandateModel

/// Writes a comparison as JSON: `{"before", "after", "changes": [{"type", "body", "bodies", "old", "new"}],
/// "findings": {"introduced", "resolved"}, "summary"}`.
public enum DiffJSONReporter {
    /// The comparison as JSON text, ending with a newline.
    public static func write(_ report: DiffReport) -> String {
        let summary = DiffSummary(report: report)
        var counts = DiffSummary.structural.map { ($0.1, JSONValue.int(report.count($0.0))) }
        counts += [("other", .int(summary.otherChanges)), ("introduced", .int(report.introduced.count)),
                   ("resolved", .int(report.resolved.count))]
        let value: JSONValue = .object([
            ("before", side(report.before, report.beforeDate)),
            ("after", side(report.after, report.afterDate)),
            ("changes", .array(report.changes.map { change in
                .object([
                    ("type", .string(change.kind.rawValue)),
                    ("body", .string(change.body.rawValue)),
                    ("bodies", .array(change.bodies.map { .string($0.rawValue) })),
                    ("old", .array(change.old.map(JSONValue.string))),
                    ("new", .array(change.new.map(JSONValue.string))),
                ])
            })),
            ("findings", .object([("introduced", .array(report.introduced.map(JSONReporter.value))),
                                  ("resolved", .array(report.resolved.map(JSONReporter.value)))])),
            ("summary", .object(counts)),
        ])
        return value.formatted() + "\n"
    }

    private static func side(_ model: Model, _ date: Day) -> JSONValue {
        .object([("model", .string(model.id)), ("file", .string(model.file)), ("date", .string(date.description))])
    }
}

import MandateModel
import MandateRules

/// Writes a timeline run as one JSON object: `{"version", "models": [{"model", "file", "dates", "findings":
/// [{"from", "until", "rule", "severity", "message", "bodies", "location"}], "gaps": [{"from", "until", "body",
/// "relation", "before", "after", "message", "location"}]}], "loadErrors", "configurationErrors"}`; an open
/// end of a span is null.
package enum TimelineJSONReporter {
    /// The run as JSON text, ending with a newline.
    public static func write(_ run: TimelineRun) -> String {
        JSONValue.object([
            ("version", .string(ToolVersion.current)),
            ("models", .array(run.timelines.map { value($0, language: run.language(of: $0)) })),
            ("loadErrors", .array(run.problems.filter { $0.kind == .load }.map(JSONReporter.value))),
            ("configurationErrors", .array(run.problems.filter { $0.kind == .configuration }.map(JSONReporter.value))),
        ]).formatted() + "\n"
    }

    private static func value(_ timeline: Timeline, language: ModelLanguage) -> JSONValue {
        .object([
            ("model", .string(timeline.model)),
            ("file", .string(timeline.file)),
            ("dates", .array(timeline.dates.map { .string($0.description) })),
            ("findings", .array(timeline.findings.map { entry in
                guard case .object(let fields) = JSONReporter.value(entry.finding, language: language) else { return .null }
                return .object(span(entry.period) + fields)
            })),
            ("gaps", .array(timeline.gaps.map { value($0, language: language) })),
        ])
    }

    /// One gap in continuity as a JSON value.
    static func value(_ gap: ContinuityGap, language: ModelLanguage) -> JSONValue {
        .object(span(gap.period) + [
            ("body", .string(gap.body.rawValue)), ("relation", .string(gap.relation.rawValue)),
            ("before", .array(gap.before.map { .string($0) })), ("after", .array(gap.after.map { .string($0) })),
            ("message", .string(gap.message(in: language))),
            ("location", .object([("file", .string(gap.location.file)), ("line", .int(gap.location.line)), ("column", .int(gap.location.column))])),
        ])
    }

    private static func span(_ period: Period) -> [(String, JSONValue)] {
        [("from", period.from.map { .string($0.description) } ?? .null), ("until", period.until.map { .string($0.description) } ?? .null)]
    }
}

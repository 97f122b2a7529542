import MandateModel
import MandateRules

/// Writes a run as one JSON object, whatever the number of models:
/// `{"version", "models": [{"model", "file", "date", "findings": [{"rule", "severity", "message", "bodies",
/// "location": {"file", "line", "column"}}], "waived": [...], "summary": {"error", "warning", "info"}}],
/// "loadErrors": [{"file", "line", "column", "message", "hint"}], "configurationErrors": [...],
/// "baseline": null | {"file", "heldBack", "unmatched": [...]}, "skipped": [files in folders that are not models]}`; `mandate schema check` prints its schema.
package enum JSONReporter {
    /// The run as JSON text, ending with a newline.
    public static func write(_ run: CheckRun) -> String {
        JSONValue.object([
            ("version", .string(ToolVersion.current)),
            ("models", .array(run.reports.map { value($0, language: run.language(of: $0)) })),
            ("loadErrors", .array(run.problems.filter { $0.kind == .load }.map(value))),
            ("configurationErrors", .array(run.problems.filter { $0.kind == .configuration }.map(value))),
            ("baseline", run.baseline.map { baseline in
                .object([
                    ("file", .string(baseline.file)), ("heldBack", .int(baseline.heldBack)),
                    ("unmatched", .array(baseline.unmatched.map { entry in
                        .object([("model", .string(entry.model)), ("rule", .string(entry.rule)),
                                 ("bodies", .array(entry.bodies.map { .string($0) })), ("message", .string(entry.message))])
                    })),
                ])
            } ?? .null),
            ("skipped", .array(run.skipped.map(JSONValue.string))),
        ]).formatted() + "\n"
    }

    /// One report as a JSON value.
    package static func value(_ report: CheckReport, language: ModelLanguage) -> JSONValue {
        .object([
            ("model", .string(report.model)),
            ("file", .string(report.file)),
            ("date", .string(report.date.description)),
            ("findings", .array(report.findings.map { value($0, language: language, owner: report.owner(of: $0)) })),
            ("waived", .array(report.waived.map { value($0, language: language, owner: report.owner(of: $0)) })),
            ("summary", .object(Severity.allCases.map { ($0.rawValue, .int(report.count($0))) })),
        ])
    }

    /// A finding as JSON; `owner`, where its file names one, follows its location.
    static func value(_ finding: Finding, language: ModelLanguage, owner: String? = nil) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message(in: language))),
            ("bodies", .array(finding.bodies.map { .string($0.rawValue) })),
            ("location", .object([("file", .string(finding.location.file)), ("line", .int(finding.location.line)),
                                  ("column", .int(finding.location.column))])),
        ] + (owner.map { [("owner", .string($0))] } ?? []))
    }

    static func value(_ problem: RunProblem) -> JSONValue {
        .object([
            ("file", .string(problem.location.file)), ("line", .int(problem.location.line)), ("column", .int(problem.location.column)),
            ("message", .string(problem.message)), ("hint", .string(problem.hint)),
        ])
    }
}

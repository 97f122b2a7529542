import MandateModel
import MandateRules

/// Writes reports as JSON: one object per model, or an array of them for several models.
///
/// The shape is stable: `{"model", "file", "date", "findings": [{"rule", "severity", "message", "bodies",
/// "location": {"file", "line", "column"}}], "waived": [...], "summary": {"error", "warning", "info"}}`.
public enum JSONReporter {
    /// The reports as JSON text, ending with a newline.
    public static func write(_ reports: [CheckReport]) -> String {
        let values = reports.map(value)
        return (values.count == 1 ? values[0] : .array(values)).formatted() + "\n"
    }

    /// One report as a JSON value.
    package static func value(_ report: CheckReport) -> JSONValue {
        .object([
            ("model", .string(report.model)),
            ("file", .string(report.file)),
            ("date", .string(report.date.description)),
            ("findings", .array(report.findings.map(value))),
            ("waived", .array(report.waived.map(value))),
            ("summary", .object(Severity.allCases.map { ($0.rawValue, .int(report.count($0))) })),
        ])
    }

    static func value(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("bodies", .array(finding.bodies.map { .string($0.rawValue) })),
            ("location", .object([("file", .string(finding.location.file)), ("line", .int(finding.location.line)),
                                  ("column", .int(finding.location.column))])),
        ])
    }
}

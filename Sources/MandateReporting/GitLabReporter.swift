import MandateModel
import MandateRules

/// Writes GitLab's Code Quality report: a JSON array of issues, each with a description, the rule as its
/// check, a fingerprint that stays the same while the finding does, a severity, and its file and line.
/// Problems of files that could not be used are issues of severity `blocker`.
package enum GitLabReporter {
    /// The run as a Code Quality report, ending with a newline.
    public static func write(_ run: CheckRun) -> String {
        var issues: [JSONValue] = run.problems.map { problem in
            issue(description: problem.message + "; " + problem.hint, check: problem.kind.rawValue, severity: "blocker",
                  location: problem.location, identity: [problem.kind.rawValue, problem.location.description, problem.message])
        }
        for report in run.reports {
            issues += report.findings.map { finding in
                issue(description: finding.message(in: run.language(of: report)), check: finding.rule, severity: severity(finding.severity), location: finding.location,
                      identity: [report.file, finding.rule, finding.bodies.map(\.rawValue).joined(separator: ","), finding.message])
            }
        }
        return JSONValue.array(issues).formatted() + "\n"
    }

    private static func issue(description: String, check: String, severity: String, location: SourceLocation, identity: [String]) -> JSONValue {
        .object([
            ("description", .string(description)), ("check_name", .string(check)),
            ("fingerprint", .string(Fingerprint.of(identity.joined(separator: "\u{1F}")))), ("severity", .string(severity)),
            ("location", .object([("path", .string(location.file)), ("lines", .object([("begin", .int(max(1, location.line)))]))])),
        ])
    }

    private static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "critical"
        case .warning: "minor"
        case .info: "info"
        }
    }
}

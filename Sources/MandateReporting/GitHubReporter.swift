import MandateRules

/// Writes GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which show
/// each finding as an annotation on the model file, then the plain summary line per model.
public enum GitHubReporter {
    /// The reports as workflow commands, ending with a newline.
    public static func write(_ reports: [CheckReport]) -> String {
        var output = ""
        for report in reports {
            for finding in report.findings {
                let command = switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .info: "notice"
                }
                output += "::\(command) file=\(property(finding.location.file)),line=\(finding.location.line),"
                output += "col=\(finding.location.column),title=\(property(finding.rule))::\(data(finding.message))\n"
            }
            let summary = SummaryLine(report: report)
            output += "\(data(report.file)): \(summary.date): \(summary.counts)\n"
        }
        return output
    }

    /// Escapes a command's message: `%`, carriage returns and line feeds as the runner expects; other
    /// control characters shown as visible escapes, so they cannot restyle the log.
    static func data(_ text: String) -> String {
        TerminalText.clean(text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Escapes a command's property value: as data, plus `:` and `,`.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}

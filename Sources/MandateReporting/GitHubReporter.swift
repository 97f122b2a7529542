import MandateRules

/// Writes GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which show
/// each finding, and each problem of a file that could not be used, as an annotation on its file; then the
/// plain summary line per model.
package enum GitHubReporter {
    /// The run as workflow commands, ending with a newline.
    public static func write(_ run: CheckRun) -> String {
        var output = ""
        for problem in run.problems {
            output += "::error file=\(property(problem.location.file)),line=\(problem.location.line),col=\(problem.location.column),"
            output += "title=\(problem.kind.rawValue)::\(data(problem.message + "; " + problem.hint))\n"
        }
        for report in run.reports {
            let language = run.language(of: report)
            let words = ReportWords.of(language)
            for finding in report.findings {
                let command = switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .info: "notice"
                }
                output += "::\(command) file=\(property(finding.location.file)),line=\(finding.location.line),"
                output += "col=\(finding.location.column),title=\(property(finding.rule))::\(data(finding.message(in: language)))\n"
            }
            output += "\(data(report.file)): \(words.checkedAt(of: report)): \(words.counts(of: report))\n"
        }
        if let baseline = run.baseline { output += "::notice title=baseline::\(data(ReportWords.of(run.runLanguage).baseline(baseline)))\n" }
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

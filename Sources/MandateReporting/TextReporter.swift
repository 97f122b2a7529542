import MandateRules

/// Writes findings as `file:line:column: severity: message [rule]`, one per line, and a summary line per
/// model, in each model's language or the run's; with `colour`, severities and locations are highlighted with ANSI codes. Files that could not be
/// used are not written here: the command prints them on standard error.
package struct TextReporter: Sendable {
    public let colour: Bool

    /// Creates a text reporter.
    public init(colour: Bool) {
        self.colour = colour
    }

    /// The run as text, ending with a newline.
    public func write(_ run: CheckRun) -> String {
        var output = ""
        for report in run.reports {
            let language = run.language(of: report)
            let words = ReportWords.of(language)
            for finding in report.findings {
                output += paint("\(finding.location):", "1") + " " + paint("\(words.severity(finding.severity)):", code(finding.severity))
                output += " \(TerminalText.clean(finding.message(in: language))) [\(finding.rule)]"
                output += (report.owner(of: finding).map { " (\(TerminalText.clean(words.owner($0))))" } ?? "") + "\n"
            }
            output += paint("\(report.file):", "1") + " \(words.checkedAt(of: report)): \(words.counts(of: report))\n"
        }
        let words = ReportWords.of(run.runLanguage)
        if let baseline = run.baseline { output += TerminalText.clean(words.baseline(baseline)) + "\n" }
        if !run.skipped.isEmpty { output += TerminalText.clean(words.skipped(run.skipped)) + "\n" }
        return output
    }

    private func code(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    private func paint(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

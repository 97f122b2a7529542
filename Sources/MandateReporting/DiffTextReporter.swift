import MandateDiff
import MandateModel
import MandateRules

/// Writes a comparison as a plan: a legend of marks, each change on its own line with `old → new`, the
/// findings introduced and resolved, and one line of counts, in one language.
package enum DiffTextReporter {
    /// The comparison as text in `language`, ending with a newline.
    public static func write(_ report: DiffReport, language: ModelLanguage = .en) -> String {
        let words = ReportWords.of(language)
        let sentences = ChangeSentence(report: report, language: language)
        var out = words.comparing(report.before.file, report.beforeDate, report.after.file, report.afterDate) + "\n"
        out += words.marks + "\n\n"
        if report.changes.isEmpty { out += words.noChanges + "\n" }
        for change in report.changes {
            let (symbol, text) = sentences.line(change)
            out += "\(symbol) \(TerminalText.clean(text))\n"
        }
        if !report.warnings.isEmpty {
            out += "\n\(words.warnings):\n" + report.warnings.map { warning in
                "\(warning.location): \(words.severity(.warning)): \(TerminalText.clean(warning.message))\n  \(words.hint): \(TerminalText.clean(warning.hint))\n"
            }.joined()
        }
        for (title, mark, findings) in [(words.introduces, "+", report.introduced), (words.resolves, "-", report.resolved)] where !findings.isEmpty {
            out += "\n\(title):\n"
            for finding in findings {
                out += "\(mark) \(finding.location): \(words.severity(finding.severity)): \(TerminalText.clean(finding.message(in: language))) [\(finding.rule)]\n"
            }
        }
        for (title, mark, gaps) in [(words.gapsLeft, "+", report.gapsIntroduced), (words.gapsClosed, "-", report.gapsClosed)] where !gaps.isEmpty {
            out += "\n\(title):\n"
            for gap in gaps { out += "\(mark) \(gap.location): \(words.span(gap.period)): \(TerminalText.clean(gap.message(in: language)))\n" }
        }
        return out + "\n" + words.summary(of: report) + "\n"
    }
}

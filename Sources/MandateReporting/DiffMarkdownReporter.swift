import MandateModel
import MandateDiff

/// Writes a comparison as Markdown, for a pull request or a report: a list of changes and of findings.
package enum DiffMarkdownReporter {
    /// The comparison as Markdown in `language`, ending with a newline.
    public static func write(_ report: DiffReport, language: ModelLanguage = .en) -> String {
        let words = ReportWords.of(language)
        let sentences = ChangeSentence(report: report, language: language)
        var out = "## \(MarkdownText.escape(report.before.title ?? report.before.id)) → \(MarkdownText.escape(report.after.title ?? report.after.id))\n\n"
        out += "\(MarkdownText.escape(report.before.file)) (\(report.beforeDate)) → \(MarkdownText.escape(report.after.file)) (\(report.afterDate))\n\n"
        if report.changes.isEmpty { out += words.noChanges + "\n" }
        for change in report.changes {
            let (symbol, text) = sentences.line(change)
            out += "- `\(symbol)` \(MarkdownText.escape(text))\n"
        }
        if !report.warnings.isEmpty {
            out += "\n### \(words.warnings)\n\n" + report.warnings.map { warning in
                "- \(MarkdownText.escape(warning.message)) (\(MarkdownText.escape(warning.location.description))): \(MarkdownText.escape(warning.hint))\n"
            }.joined()
        }
        for (title, findings) in [(words.introduces, report.introduced), (words.resolves, report.resolved)] where !findings.isEmpty {
            out += "\n### \(title)\n\n"
            for finding in findings {
                out += "- **\(words.severity(finding.severity))** \(MarkdownText.escape(finding.message(in: language))) "
                out += "(\(MarkdownText.escape(finding.rule)), \(MarkdownText.escape(finding.location.description)))\n"
            }
        }
        for (title, gaps) in [(words.gapsLeft, report.gapsIntroduced), (words.gapsClosed, report.gapsClosed)] where !gaps.isEmpty {
            out += "\n### \(title)\n\n"
            for gap in gaps {
                out += "- \(words.span(gap.period)): \(MarkdownText.escape(gap.message(in: language))) (\(MarkdownText.escape(gap.location.description)))\n"
            }
        }
        return out + "\n**\(words.summary(of: report))**\n"
    }
}

import MandateDiff

/// Writes a comparison as Markdown, for a pull request or a report: a list of changes and of findings.
public enum DiffMarkdownReporter {
    /// The comparison as Markdown, ending with a newline.
    public static func write(_ report: DiffReport) -> String {
        let sentences = ChangeSentence(report: report)
        var out = "## \(MarkdownText.escape(report.before.title ?? report.before.id)) → \(MarkdownText.escape(report.after.title ?? report.after.id))\n\n"
        out += "\(MarkdownText.escape(report.before.file)) (\(report.beforeDate)) → \(MarkdownText.escape(report.after.file)) (\(report.afterDate))\n\n"
        if report.changes.isEmpty { out += "No changes.\n" }
        for change in report.changes {
            let (symbol, text) = sentences.line(change)
            out += "- `\(symbol)` \(MarkdownText.escape(text))\n"
        }
        if !report.warnings.isEmpty {
            out += "\n### Warnings\n\n" + report.warnings.map { warning in
                "- \(MarkdownText.escape(warning.message)) (\(MarkdownText.escape(warning.location.description))): \(MarkdownText.escape(warning.hint))\n"
            }.joined()
        }
        for (title, findings) in [("introduces", report.introduced), ("resolves", report.resolved)] where !findings.isEmpty {
            out += "\n### Findings the change \(title)\n\n"
            for finding in findings {
                out += "- **\(finding.severity.rawValue)** \(MarkdownText.escape(finding.message)) "
                out += "(\(MarkdownText.escape(finding.rule)), \(MarkdownText.escape(finding.location.description)))\n"
            }
        }
        for (title, gaps) in [("leaves", report.gapsIntroduced), ("closes", report.gapsClosed)] where !gaps.isEmpty {
            out += "\n### Gaps in continuity the change \(title)\n\n"
            for gap in gaps {
                out += "- \(SpanText.of(gap.period)): \(MarkdownText.escape(gap.message)) (\(MarkdownText.escape(gap.location.description)))\n"
            }
        }
        return out + "\n**\(DiffSummary(report: report).line)**\n"
    }
}

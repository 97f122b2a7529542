import MandateRules

/// Writes a Markdown section per model: a table of findings and a summary line.
public enum MarkdownReporter {
    /// The reports as Markdown, ending with a newline.
    public static func write(_ reports: [CheckReport]) -> String {
        reports.map(section).joined(separator: "\n")
    }

    private static func section(_ report: CheckReport) -> String {
        let summary = SummaryLine(report: report)
        var output = "## \(MarkdownText.escape(report.model))\n\n\(MarkdownText.escape(report.file)): \(summary.date)\n\n"
        if !report.findings.isEmpty {
            output += "| severity | location | rule | finding |\n|---|---|---|---|\n"
            for finding in report.findings {
                output += "| \(finding.severity.rawValue) | \(MarkdownText.escape(finding.location.description)) | "
                output += "\(MarkdownText.escape(finding.rule)) | \(MarkdownText.escape(finding.message)) |\n"
            }
            output += "\n"
        }
        output += "**\(summary.counts)**\n"
        return output
    }
}

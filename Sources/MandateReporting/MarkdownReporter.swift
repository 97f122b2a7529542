import MandateRules

/// Writes a Markdown section per model: a table of findings and a summary line; then the files that could
/// not be used, and what a baseline held back.
public enum MarkdownReporter {
    /// The run as Markdown, ending with a newline.
    public static func write(_ run: CheckRun) -> String {
        var sections = run.reports.map(section)
        if !run.problems.isEmpty { sections.append(problemsSection(run.problems)) }
        if let baseline = run.baseline { sections.append("_\(MarkdownText.escape(BaselineLine(outcome: baseline).text))_\n") }
        return sections.joined(separator: "\n")
    }

    /// The section that lists the files that could not be used, each problem at its place with what to do.
    static func problemsSection(_ problems: [RunProblem]) -> String {
        "## Could not be used\n\n| location | problem | what to do |\n|---|---|---|\n" + problems.map { problem in
            "| \(MarkdownText.escape(problem.location.description)) | \(MarkdownText.escape(problem.message)) | \(MarkdownText.escape(problem.hint)) |\n"
        }.joined()
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

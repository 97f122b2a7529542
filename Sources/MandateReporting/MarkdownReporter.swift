import MandateModel
import MandateRules

/// Writes a Markdown section per model: a table of findings and a summary line; then the files that could
/// not be used, and what a baseline held back.
package enum MarkdownReporter {
    /// The run as Markdown, ending with a newline.
    public static func write(_ run: CheckRun) -> String {
        var sections = run.reports.map { section($0, language: run.language(of: $0)) }
        let words = ReportWords.of(run.runLanguage)
        if !run.problems.isEmpty { sections.append(problemsSection(run.problems, words: words)) }
        if let baseline = run.baseline { sections.append("_\(MarkdownText.escape(words.baseline(baseline)))_\n") }
        if !run.skipped.isEmpty { sections.append("_\(MarkdownText.escape(words.skipped(run.skipped)))_\n") }
        return sections.joined(separator: "\n")
    }

    /// The section that lists the files that could not be used, each problem at its place with what to do.
    static func problemsSection(_ problems: [RunProblem], words: ReportWords) -> String {
        "## \(words.couldNotBeUsed)\n\n| \(words.problemColumns.joined(separator: " | ")) |\n|---|---|---|\n" + problems.map { problem in
            "| \(MarkdownText.escape(problem.location.description)) | \(MarkdownText.escape(problem.message)) | \(MarkdownText.escape(problem.hint)) |\n"
        }.joined()
    }

    private static func section(_ report: CheckReport, language: ModelLanguage) -> String {
        let words = ReportWords.of(language)
        var output = "## \(MarkdownText.escape(report.model))\n\n\(MarkdownText.escape(report.file)): \(words.checkedAt(of: report))\n\n"
        if !report.findings.isEmpty {
            output += "| \(words.findingColumns.joined(separator: " | ")) |\n|---|---|---|---|\n"
            for finding in report.findings {
                output += "| \(words.severity(finding.severity)) | \(MarkdownText.escape(finding.location.description)) | "
                output += "\(MarkdownText.escape(finding.rule)) | \(MarkdownText.escape(finding.message(in: language))) |\n"
            }
            output += "\n"
        }
        output += "**\(words.counts(of: report))**\n"
        return output
    }
}

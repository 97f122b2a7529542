import MandateRules

/// Writes a Markdown section per model: the dates on which it changes, a table of findings with their spans,
/// and a table of gaps in continuity; then the files that could not be used.
public enum TimelineMarkdownReporter {
    /// The run as Markdown, ending with a newline.
    public static func write(_ run: TimelineRun) -> String {
        var sections = run.timelines.map(section)
        if !run.problems.isEmpty { sections.append(MarkdownReporter.problemsSection(run.problems)) }
        return sections.joined(separator: "\n")
    }

    private static func section(_ timeline: Timeline) -> String {
        var output = "## \(MarkdownText.escape(timeline.model))\n\n\(MarkdownText.escape(timeline.file)): \(SpanText.dates(timeline.dates))\n\n"
        if !timeline.dates.isEmpty {
            output += "Dates: " + timeline.dates.map(\.description).joined(separator: ", ") + "\n\n"
        }
        if !timeline.findings.isEmpty {
            output += "| when | severity | location | rule | finding |\n|---|---|---|---|---|\n"
            for entry in timeline.findings {
                output += "| \(SpanText.of(entry.period)) | \(entry.finding.severity.rawValue) | \(MarkdownText.escape(entry.finding.location.description)) | "
                output += "\(MarkdownText.escape(entry.finding.rule)) | \(MarkdownText.escape(entry.finding.message)) |\n"
            }
            output += "\n"
        }
        if !timeline.gaps.isEmpty {
            output += "### Gaps in continuity\n\n| when | location | gap |\n|---|---|---|\n"
            for gap in timeline.gaps {
                output += "| \(SpanText.of(gap.period)) | \(MarkdownText.escape(gap.location.description)) | \(MarkdownText.escape(gap.message)) |\n"
            }
            output += "\n"
        }
        return output + "**\(SpanText.counts(timeline))**\n"
    }
}

import MandateModel
import MandateRules

/// Writes a Markdown section per model: the dates on which it changes, a table of findings with their spans,
/// and a table of gaps in continuity; then the files that could not be used.
package enum TimelineMarkdownReporter {
    /// The run as Markdown, ending with a newline.
    public static func write(_ run: TimelineRun) -> String {
        var sections = run.timelines.map { section($0, language: run.language(of: $0)) }
        if !run.problems.isEmpty {
            sections.append(MarkdownReporter.problemsSection(run.problems, words: ReportWords.of(run.language ?? run.timelines.first?.language ?? .en)))
        }
        return sections.joined(separator: "\n")
    }

    private static func section(_ timeline: Timeline, language: ModelLanguage) -> String {
        let words = ReportWords.of(language)
        var output = "## \(MarkdownText.escape(timeline.model))\n\n\(MarkdownText.escape(timeline.file)): \(words.changeDates(timeline.dates))\n\n"
        if !timeline.dates.isEmpty {
            output += "\(words.dates): " + timeline.dates.map(\.description).joined(separator: ", ") + "\n\n"
        }
        if !timeline.findings.isEmpty {
            output += "| \(([words.when] + words.findingColumns).joined(separator: " | ")) |\n|---|---|---|---|---|\n"
            for entry in timeline.findings {
                output += "| \(words.span(entry.period)) | \(words.severity(entry.finding.severity)) | \(MarkdownText.escape(entry.finding.location.description)) | "
                output += "\(MarkdownText.escape(entry.finding.rule)) | \(MarkdownText.escape(entry.finding.message(in: language))) |\n"
            }
            output += "\n"
        }
        if !timeline.gaps.isEmpty {
            output += "### \(words.gapsInContinuity)\n\n| \(words.when) | \(words.findingColumns[1]) | \(words.gap) |\n|---|---|---|\n"
            for gap in timeline.gaps {
                output += "| \(words.span(gap.period)) | \(MarkdownText.escape(gap.location.description)) | \(MarkdownText.escape(gap.message(in: language))) |\n"
            }
            output += "\n"
        }
        return output + "**\(words.counts(of: timeline))**\n"
    }
}

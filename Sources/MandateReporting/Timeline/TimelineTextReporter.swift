import MandateRules

/// Writes a timeline as `file:line:column: severity: span: message [rule]`, one finding per line in file
/// order, then each gap in continuity, then a summary line per model, in each model's language or the run's.
package enum TimelineTextReporter {
    /// The run as text, ending with a newline.
    public static func write(_ run: TimelineRun) -> String {
        var output = ""
        for timeline in run.timelines {
            let language = run.language(of: timeline)
            let words = ReportWords.of(language)
            for entry in timeline.findings {
                output += "\(entry.finding.location): \(words.severity(entry.finding.severity)): \(words.span(entry.period)): "
                output += "\(TerminalText.clean(entry.finding.message(in: language))) [\(entry.finding.rule)]\n"
            }
            for gap in timeline.gaps {
                output += "\(gap.location): \(words.severity(.error)): \(words.span(gap.period)): "
                output += "\(TerminalText.clean(gap.message(in: language))) [continuity]\n"
            }
            output += "\(timeline.file): \(words.changeDates(timeline.dates)): \(words.counts(of: timeline))\n"
        }
        return output
    }
}

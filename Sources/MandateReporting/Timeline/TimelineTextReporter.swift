import MandateRules

/// Writes a timeline as `file:line:column: severity: span: message [rule]`, one finding per line in file
/// order, then each gap in continuity, then a summary line per model.
public enum TimelineTextReporter {
    /// The run as text, ending with a newline.
    public static func write(_ run: TimelineRun) -> String {
        var output = ""
        for timeline in run.timelines {
            for entry in timeline.findings {
                output += "\(entry.finding.location): \(entry.finding.severity.rawValue): \(SpanText.of(entry.period)): "
                output += "\(TerminalText.clean(entry.finding.message)) [\(entry.finding.rule)]\n"
            }
            for gap in timeline.gaps {
                output += "\(gap.location): error: \(SpanText.of(gap.period)): \(TerminalText.clean(gap.message)) [continuity]\n"
            }
            output += "\(timeline.file): \(SpanText.dates(timeline.dates)): \(SpanText.counts(timeline))\n"
        }
        return output
    }
}

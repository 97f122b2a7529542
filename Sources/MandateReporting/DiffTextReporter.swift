import MandateDiff
import MandateRules

/// Writes a comparison as a plan: a legend of marks, each change on its own line with `old → new`, the
/// findings introduced and resolved, and one line of counts.
public enum DiffTextReporter {
    /// The comparison as text, ending with a newline.
    public static func write(_ report: DiffReport) -> String {
        let sentences = ChangeSentence(report: report)
        var out = "Comparing \(report.before.file) (checked at \(report.beforeDate)) with \(report.after.file) (checked at \(report.afterDate))\n"
        out += "Marks: + added  - removed  ~ changed  → reporting line moved  ⊕ merged  ⊘ split\n\n"
        if report.changes.isEmpty { out += "No changes.\n" }
        for change in report.changes {
            let (symbol, text) = sentences.line(change)
            out += "\(symbol) \(TerminalText.clean(text))\n"
        }
        if !report.warnings.isEmpty {
            out += "\nWarnings:\n" + report.warnings.map { warning in
                "\(warning.location): warning: \(TerminalText.clean(warning.message))\n  hint: \(TerminalText.clean(warning.hint))\n"
            }.joined()
        }
        for (title, mark, findings) in [("introduces", "+", report.introduced), ("resolves", "-", report.resolved)] where !findings.isEmpty {
            out += "\nFindings the change \(title):\n"
            for finding in findings {
                out += "\(mark) \(finding.location): \(finding.severity.rawValue): \(TerminalText.clean(finding.message)) [\(finding.rule)]\n"
            }
        }
        for (title, mark, gaps) in [("leaves", "+", report.gapsIntroduced), ("closes", "-", report.gapsClosed)] where !gaps.isEmpty {
            out += "\nGaps in continuity the change \(title):\n"
            for gap in gaps { out += "\(mark) \(gap.location): \(SpanText.of(gap.period)): \(TerminalText.clean(gap.message))\n" }
        }
        return out + "\n" + DiffSummary(report: report).line + "\n"
    }
}

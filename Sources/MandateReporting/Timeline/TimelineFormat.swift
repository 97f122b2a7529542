/// The formats `mandate timeline` writes, each with its writer.
public enum TimelineFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: span: message [rule]`, a summary line per model.
    case text
    /// One object for the whole run.
    case json
    /// A section per model, with tables of findings and gaps.
    case markdown

    /// Writes `run` in this format.
    public func write(_ run: TimelineRun) -> String {
        switch self {
        case .text: TimelineTextReporter.write(run)
        case .json: TimelineJSONReporter.write(run)
        case .markdown: TimelineMarkdownReporter.write(run)
        }
    }
}

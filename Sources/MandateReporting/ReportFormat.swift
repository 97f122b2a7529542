import MandateRules

/// The formats a check report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: message [rule]`, a summary line per model.
    case text
    /// One object per model (an array for several), in the documented shape.
    case json
    /// A table per model, for pull requests and reports.
    case markdown
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands, which annotate the changed files.
    case github

    /// Writes `reports` in this format.
    public func write(_ reports: [CheckReport], colour: Bool = false) -> String {
        switch self {
        case .text: TextReporter(colour: colour).write(reports)
        case .json: JSONReporter.write(reports)
        case .markdown: MarkdownReporter.write(reports)
        case .sarif: SARIFReporter.write(reports)
        case .github: GitHubReporter.write(reports)
        }
    }
}

import MandateRules

/// The formats a check run can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// `file:line:column: severity: message [rule]`, a summary line per model.
    case text
    /// One object for the whole run, in the documented shape (`mandate schema check`).
    case json
    /// A table per model, for pull requests and reports.
    case markdown
    /// SARIF 2.1.0, for code-scanning tools.
    case sarif
    /// GitHub Actions workflow commands, which annotate the changed files.
    case github
    /// JUnit XML: a test suite per model, a test case per rule.
    case junit
    /// GitLab's Code Quality report.
    case gitlab

    /// Writes `run` in this format; `sourceRoot` as ``SARIFReporter`` takes it; with `strict`, JUnit fails a rule
    /// on any finding, as the exit status does, else on errors only.
    public func write(_ run: CheckRun, colour: Bool = false, sourceRoot: String? = nil, strict: Bool = false) -> String {
        switch self {
        case .text: TextReporter(colour: colour).write(run)
        case .json: JSONReporter.write(run)
        case .markdown: MarkdownReporter.write(run)
        case .sarif: SARIFReporter.write(run, sourceRoot: sourceRoot)
        case .github: GitHubReporter.write(run)
        case .junit: JUnitReporter.write(run, strict: strict)
        case .gitlab: GitLabReporter.write(run)
        }
    }
}

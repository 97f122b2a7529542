import MandateDiff
import MandateModel
import MandateRender
import MandateReporting

/// The formats `mandate diff` writes, each with its writer.
public enum DiffFormat: String, Sendable, CaseIterable {
    /// A plan: a line per change, the findings introduced and resolved, a line of counts.
    case text
    /// One object in the shape of `mandate schema diff`.
    case json
    /// A list of changes and findings, for a pull request.
    case markdown
    /// A self-contained HTML page: the changes, the diagram of what changed, the findings, a card per body.
    case html

    /// Writes `report` in this format, in `language`.
    public func write(_ report: DiffReport, language: ModelLanguage) throws(RenderError) -> String {
        switch self {
        case .text: DiffTextReporter.write(report, language: language)
        case .json: DiffJSONReporter.write(report, language: language)
        case .markdown: DiffMarkdownReporter.write(report, language: language)
        case .html: try ChangeReport(report: report, language: language).html()
        }
    }
}

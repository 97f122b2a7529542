import MandateAnalysis
import MandateDiff
import MandateModel
import MandateRender
import MandateReporting

/// The formats `mandate impact` writes: those of `mandate diff`, each with the bodies the change cuts off.
public enum ImpactFormat: String, Sendable, CaseIterable {
    case text
    /// `mandate diff`'s JSON with `"cutOff": [ids]`.
    case json
    case markdown
    case html

    /// Writes `impact` in this format, in `language`.
    public func write(_ impact: ImpactAnalysis, language: ModelLanguage) throws(RenderError) -> String {
        let words = AnalysisWords.of(language)
        let names = impact.cutOff.map { id in "\(impact.after.displayName(of: .body(id))) (\(id))" }
        switch self {
        case .text:
            let list = names.isEmpty ? words.noneCutOff + "\n" : names.map { TerminalText.clean("- \($0)") + "\n" }.joined()
            return try DiffFormat.text.write(impact.report, language: language) + "\n\(words.cutOffTitle):\n" + list
        case .json:
            guard case .object(let pairs) = DiffJSONReporter.value(of: impact.report, language: language) else { return "" }
            return JSONValue.object(pairs + [("cutOff", .array(impact.cutOff.map { .string($0.rawValue) }))]).formatted() + "\n"
        case .markdown:
            let list = names.isEmpty ? words.noneCutOff + "\n" : names.map { "- \(MarkdownText.escape($0))\n" }.joined()
            return try DiffFormat.markdown.write(impact.report, language: language) + "\n## \(MarkdownText.escape(words.cutOffTitle))\n\n" + list
        case .html:
            let items = impact.cutOff.map { id in
                "<li><a href=\"#card-\(XMLText.escape(id.rawValue))\">\(XMLText.escape(impact.after.displayName(of: .body(id))))</a></li>\n"
            }
            let section = "<section class=\"cut-off\">\n<h2>\(XMLText.escape(words.cutOffTitle))</h2>\n"
                + (items.isEmpty ? "<p>\(XMLText.escape(words.noneCutOff))</p>\n" : "<ul>\n" + items.joined() + "</ul>\n") + "</section>\n"
            return try ChangeReport(report: impact.report, language: language, extraSections: [section]).html()
        }
    }
}

import MandateDiff
import MandateModel
import MandateRender
import MandateReporting

/// The HTML page of a comparison (`mandate diff --format html`): the changes grouped by kind, the diagram
/// of what changed and its context (each box linked to its body's card), the findings the change introduces
/// and resolves, and a card per body of the after model and per body that is gone.
package struct ChangeReport: Sendable {
    public let report: DiffReport
    public let language: ModelLanguage
    /// Sections of HTML that follow the findings (what an analysis adds to a comparison).
    public let extraSections: [String]

    /// The page of `report`, in `language`.
    public init(report: DiffReport, language: ModelLanguage, extraSections: [String] = []) {
        self.report = report
        self.language = language
        self.extraSections = extraSections
    }

    /// The page.
    public func html() throws(RenderError) -> String {
        let words = PageWords.of(language)
        let sentences = ChangeSentence(report: report, language: language)
        var changes = "<section>\n<h2>\(XMLText.escape(words.changes))</h2>\n"
        changes += "<p class=\"meta\">\(XMLText.escape(report.before.file)) (\(report.beforeDate)) → \(XMLText.escape(report.after.file)) (\(report.afterDate))</p>\n"
        var kinds: [ChangeKind] = []
        for change in report.changes where !kinds.contains(change.kind) { kinds.append(change.kind) }
        for kind in kinds {
            changes += "<h3>\(XMLText.escape(words.changeKind(kind)))</h3>\n<ul class=\"changes\">\n"
            for change in report.changes where change.kind == kind {
                let (symbol, text) = sentences.line(change)
                changes += "<li><code>\(XMLText.escape(symbol))</code> <a href=\"#card-\(XMLText.escape(change.body.rawValue))\">\(XMLText.escape(text))</a></li>\n"
            }
            changes += "</ul>\n"
        }
        changes += "<p><strong>\(XMLText.escape(ReportWords.of(language).summary(of: report)))</strong></p>\n</section>\n"
        let diagram = DiffDiagram(report: report, language: language)
        var view = diagram.view
        var options = view.options
        options.linksBodies = true
        view = DiagramView(model: view.model, options: options, marks: view.marks)!.restricted(to: view.bodies)
        var figure = "<section class=\"diagram\">\n<h2>\(XMLText.escape(words.diagram))</h2>\n"
        figure += try DiagramFigures.html(view, prefix: "d", words: words) + "</section>\n"
        let findings = "<section>\n<h2>\(XMLText.escape(words.introduced))</h2>\n" + FindingList.html(report.introduced, words: words, language: language)
            + "<h2>\(XMLText.escape(words.resolved))</h2>\n" + FindingList.html(report.resolved, words: words, language: language) + "</section>\n"
        var cards = "<section>\n<h2>\(XMLText.escape(words.bodies))</h2>\n<div class=\"cards\">\n"
        let union = view.model
        cards += union.bodies.map { BodyCard(body: $0, model: union, words: words).html }.joined() + "</div>\n</section>\n"
        let title = "\(report.before.title ?? report.before.id) → \(report.after.title ?? report.after.id)"
        return ReportPage(title: title, language: language, words: words, sections: [changes, figure, findings] + extraSections + [cards]).html
    }
}

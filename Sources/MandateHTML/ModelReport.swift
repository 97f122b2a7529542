import MandateModel
import MandateRender
import MandateReporting
import MandateRules

/// The report of `mandate report`: for each model, its findings (each linked to its body), its timeline where
/// the model changes on some date, its diagram in
/// sheets as inline SVG with every box linked to its body's card, who sits where and which bodies have nearly the
/// same members, and a card per body; then the files that
/// could not be used. One self-contained HTML file: nothing is fetched, the script only highlights and
/// searches, and the page reads as well without it.
public struct ModelReport: Sendable {
    public let models: [Model]
    public let run: CheckRun
    public let language: ModelLanguage
    /// Each model's timeline, in the same order; a model that changes on no date gets no section for it.
    public let timelines: [Timeline]

    /// A report of `models`, checked in `run` (a report per model, in the same order), with their `timelines`
    /// (none, or one per model).
    public init(models: [Model], run: CheckRun, language: ModelLanguage, timelines: [Timeline] = []) {
        self.models = models
        self.timelines = timelines
        self.run = run
        self.language = language
    }

    /// The page.
    public func html() throws(RenderError) -> String {
        try html(live: nil)
    }

    /// The page as the live view serves it: with its state under the title, and the script that follows the files.
    public func html(live: LiveState?) throws(RenderError) -> String {
        let words = PageWords.of(language)
        var sections: [String] = []
        for (index, (whole, report)) in zip(models, run.reports).enumerated() {
            let model = whole.on(report.date)
            var section = "<section class=\"model\">\n<h2>\(XMLText.escape(model.title ?? model.id))</h2>\n"
            section += "<p class=\"meta\">\(XMLText.escape(model.file)) · \(XMLText.escape(words.checkedAt(report.date)))</p>\n"
            section += "<h3>\(XMLText.escape(words.findings))</h3>\n" + FindingList.html(report.findings, owners: report.owners, words: words, language: language)
            if index < timelines.count, !timelines[index].dates.isEmpty { section += TimelineSection.html(timelines[index], words: words, language: language) }
            section += AnalysisSections.html(whole, date: report.date, language: language)
            var options = DiagramOptions(date: report.date, language: language)
            options.linksBodies = true
            // The heading starts a printed page with the first sheet; every further sheet starts a page of its own.
            section += "<section class=\"diagram\">\n<h3>\(XMLText.escape(words.diagram))</h3>\n"
            section += try DiagramFigures.html(DiagramView(model: model, options: options)!, prefix: "m\(index + 1)", words: words) + "</section>\n"
            section += "<h3>\(XMLText.escape(words.bodies))</h3>\n<div class=\"cards\">\n"
            section += model.bodies.map { BodyCard(body: $0, model: model, words: words).html }.joined() + "</div>\n</section>\n"
            sections.append(section)
        }
        if !run.problems.isEmpty {
            sections.append("<section>\n<h2>\(XMLText.escape(words.couldNotBeUsed))</h2>\n<ul class=\"findings\">\n"
                            + run.problems.map { "<li class=\"error\">\(XMLText.escape($0.location.description)): \(XMLText.escape($0.message)) — \(XMLText.escape($0.hint))</li>\n" }.joined()
                            + "</ul>\n</section>\n")
        }
        let title = models.isEmpty ? words.report : words.reportOf(models.map { $0.title ?? $0.id })
        return ReportPage(title: title, language: language, words: words, sections: [summary(words: words)] + sections, live: live).html
    }

    /// The summary at the top: each model with its findings by severity and its bodies, a total where there
    /// are several, and the files passed by.
    private func summary(words: PageWords) -> String {
        func row(_ name: String, _ counts: [Int], total: Bool = false) -> String {
            let cells = counts.map { "<td class=\"count\">\($0)</td>" }.joined()
            return total ? "<tr><th>\(XMLText.escape(name))</th>\(cells)</tr>\n" : "<tr><td>\(XMLText.escape(name))</td>\(cells)</tr>\n"
        }
        let rows = zip(models, run.reports).map { model, report in
            (model.title ?? model.id, [report.count(.error), report.count(.warning), report.count(.info), model.bodies.count])
        }
        var out = "<section class=\"summary\">\n<h2>\(XMLText.escape(words.summary))</h2>\n<table class=\"summary\">\n<tr>"
        out += words.summaryColumns.map { "<th>\(XMLText.escape($0))</th>" }.joined() + "</tr>\n"
        out += rows.map { row($0.0, $0.1) }.joined()
        if rows.count > 1 { out += row(words.total, (0..<4).map { column in rows.reduce(0) { $0 + $1.1[column] } }, total: true) }
        out += "</table>\n"
        if !run.skipped.isEmpty { out += "<p class=\"meta\">\(XMLText.escape(ReportWords.of(language).skipped(run.skipped)))</p>\n" }
        return out + "</section>\n"
    }
}

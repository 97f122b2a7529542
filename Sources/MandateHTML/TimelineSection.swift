import MandateModel
import MandateReporting
import MandateRender
import MandateRules

/// A model's timeline on the page: the dates on which it changes, each finding with its span of dates (linked
/// to its body like every finding), and the gaps in continuity a transition leaves.
enum TimelineSection {
    static func html(_ timeline: Timeline, words: PageWords, language: ModelLanguage) -> String {
        var out = "<h3>\(XMLText.escape(words.throughTime))</h3>\n<p>\(XMLText.escape(words.changesOn(timeline.dates)))</p>\n"
        out += FindingList.html(timeline.findings.map(\.finding), spans: timeline.findings.map { words.span($0.period) }, words: words,
                               language: language)
        guard !timeline.gaps.isEmpty else { return out }
        out += "<h4>\(XMLText.escape(words.gapsInContinuity))</h4>\n<ul class=\"findings\">\n"
        for gap in timeline.gaps {
            out += "<li class=\"error\"><span class=\"when\">\(XMLText.escape(words.span(gap.period)))</span> "
            out += "<a class=\"finding\" href=\"#card-\(XMLText.escape(gap.body.rawValue))\" data-body=\"\(XMLText.escape(gap.body.rawValue))\">"
            out += "\(XMLText.escape(gap.message(in: language)))</a> <span class=\"location\">\(XMLText.escape(gap.location.description))</span></li>\n"
        }
        return out + "</ul>\n"
    }
}

import MandateModel
import MandateReporting
import MandateRules
import MandateRender

/// Findings as a list, each linked to the first body it names: the link goes to the body's card, and the
/// page's script marks the body in the diagram.
enum FindingList {
    /// The list; `spans`, where given, puts each finding's span of dates before it; `owners` (by file) names who
    /// keeps the file of each finding.
    static func html(_ findings: [Finding], spans: [String]? = nil, owners: [String: String] = [:], words: PageWords,
                     language: ModelLanguage) -> String {
        guard !findings.isEmpty else { return "<p>\(XMLText.escape(words.noFindings))</p>\n" }
        var out = "<ul class=\"findings\">\n"
        for (index, finding) in findings.enumerated() {
            let severity = finding.severity.rawValue
            out += "<li class=\"\(severity)\"><span class=\"severity\">\(XMLText.escape(words.severity(severity)))</span>"
            if let spans { out += "<span class=\"when\">\(XMLText.escape(spans[index]))</span> " }
            let message = XMLText.escape(finding.message(in: language))
            if let body = finding.bodies.first {
                out += "<a class=\"finding\" href=\"#card-\(XMLText.escape(body.rawValue))\" data-body=\"\(XMLText.escape(body.rawValue))\">\(message)</a>"
            } else {
                out += message
            }
            out += " <code>\(XMLText.escape(finding.rule))</code> <span class=\"location\">\(XMLText.escape(finding.location.description))</span>"
            if let owner = owners[finding.location.file] {
                out += " <span class=\"owner\">\(XMLText.escape(ReportWords.of(language).owner(owner)))</span>"
            }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }
}

import MandateReporting
import MandateModel
import MandateRender

/// One self-contained HTML page: its styles and script inline, and a content security policy that lets it
/// fetch nothing, so it reads the same from a mail attachment as from a web server.
struct ReportPage {
    let title: String
    let language: ModelLanguage
    let words: PageWords
    /// The page's sections, already HTML.
    let sections: [String]
    /// The state of a page the live view serves; `nil` for a report written to a file.
    var live: LiveState? = nil

    var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(ReportPolicy.contentSecurity(live: live != nil))\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"mandate \(ToolVersion.current)\">\n"
        out += "<title>\(XMLText.escape(title))</title>\n<style>\n\(ReportStyle.css)\n\(live == nil ? "" : LiveScript.css + "\n")</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(XMLText.escape(title))</h1>\n"
        out += "<input type=\"search\" id=\"search\" hidden placeholder=\"\(XMLText.escape(words.search))\" aria-label=\"\(XMLText.escape(words.search))\">\n"
        if let live { out += status(live) }
        out += "</header>\n<main\(live?.isStale == true ? " class=\"stale\"" : "")>\n" + sections.joined(separator: "\n") + "</main>\n"
        out += "<script>\n\(ReportScript.javascript)\n\(live == nil ? "" : LiveScript.javascript + "\n")</script>\n</body>\n</html>\n"
        return out
    }

    /// The live view's line under the title: it follows the files; or the last save does not load, with its errors.
    private func status(_ live: LiveState) -> String {
        var out = "<div id=\"live\" class=\"\(live.isStale ? "stale" : "live")\" data-generation=\"\(live.generation)\">"
        out += XMLText.escape(live.isStale ? words.liveStale : words.liveFollowing)
        if !live.problems.isEmpty {
            out += "<ul>" + live.problems.map { "<li>\(XMLText.escape($0.location.description)): \(XMLText.escape($0.message))</li>" }.joined() + "</ul>"
        }
        return out + "</div>\n"
    }
}

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

    var html: String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"mandate \(ToolVersion.current)\">\n"
        out += "<title>\(XMLText.escape(title))</title>\n<style>\n\(ReportStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<header>\n<h1>\(XMLText.escape(title))</h1>\n"
        out += "<input type=\"search\" id=\"search\" hidden placeholder=\"\(XMLText.escape(words.search))\" aria-label=\"\(XMLText.escape(words.search))\">\n"
        out += "</header>\n<main>\n" + sections.joined(separator: "\n") + "</main>\n<script>\n\(ReportScript.javascript)\n</script>\n</body>\n</html>\n"
        return out
    }
}

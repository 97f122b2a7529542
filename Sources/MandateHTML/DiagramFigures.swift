import MandateReporting
import Foundation
import MandateRender

/// A diagram's sheets as inline SVG figures: Graphviz's SVG without its XML prolog, its ids prefixed so that
/// no two sheets on a page share one, each box a link to its body's card.
enum DiagramFigures {
    /// The sheets of `view` on A4, as figures; `prefix` keeps ids apart when a page holds several diagrams.
    static func html(_ view: DiagramView, prefix: String, words: PageWords) throws(RenderError) -> String {
        let sheets = DiagramSheets(view: view).sheets
        var out = ""
        for sheet in sheets {
            let svg = String(decoding: try GraphvizRenderer.shared.render(dot: DOTWriter.write(sheet), format: .svg), as: UTF8.self)
            let start = svg.range(of: "<svg")?.lowerBound ?? svg.startIndex
            let inline = svg[start...].replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-\(sheet.number)-")
            out += "<figure class=\"sheet\">\n\(inline)"
            if sheets.count > 1 { out += "<figcaption>\(XMLText.escape(words.drawing.sheetOf(sheet.number, sheet.count)))</figcaption>\n" }
            out += "</figure>\n"
        }
        return out
    }
}

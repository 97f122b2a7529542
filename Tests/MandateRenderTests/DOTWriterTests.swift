import Foundation
import Testing
import MandateModel
@testable import MandateRender

@Suite("The DOT writer")
struct DOTWriterTests {
    @Test("each seed model's DOT matches its golden file, and writing twice gives the same bytes",
          arguments: RenderTestSupport.modelNames)
    func golden(name: String) throws {
        let model = try RenderTestSupport.model(name)
        let dot = RenderTestSupport.dot(model)
        #expect(dot == RenderTestSupport.dot(try RenderTestSupport.model(name)))
        let url = RenderTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/dot/\(name).dot")
        if ProcessInfo.processInfo.environment["MANDATE_RECORD"] == "1" { try dot.write(to: url, atomically: true, encoding: .utf8) }
        #expect(dot == (try String(contentsOf: url, encoding: .utf8)), "rerun with MANDATE_RECORD=1 to re-record \(name).dot")
    }

    @Test("a body with the id 'legend' is drawn as a body of its own, beside the legend")
    func bodyNamedLegend() throws {
        let model = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: m
            bodies:
              legend: {name: Legendeudvalget, kind: committee, root: true}
              forum: {name: Forum, kind: forum, reportsTo: legend}
            """.utf8), file: "m.yaml", format: .yaml)
        let svg = String(decoding: try GraphvizRenderer.shared.render(dot: RenderTestSupport.dot(model), format: .svg), as: UTF8.self)
        #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == 2, "two bodies; the legend is part of the title")
        #expect(svg.contains("Legendeudvalget") && svg.contains(">Legend<"))
    }

    @Test("quoted strings double backslashes, escape quotes and write line breaks as \\n")
    func quoted() {
        #expect(DOTText.quoted(#"a "b" \N \G \l c"#) == #""a \"b\" \\N \\G \\l c""#)
        #expect(DOTText.quoted("one\ntwo") == #""one\ntwo""#)
    }

    @Test("HTML-like label text escapes markup and shows control characters")
    func html() {
        #expect(DOTText.html(#"<b>A & "B"</b>"#) == "&lt;b&gt;A &amp; &quot;B&quot;&lt;/b&gt;")
        #expect(DOTText.html("bell\u{07}") == "bell\\u{7}")
        #expect(DOTText.htmlLines("Arbejdsgruppe vedr. integration af psykiatri og somatik", width: 28)
                == "Arbejdsgruppe vedr.<BR/>integration af psykiatri og<BR/>somatik")
        #expect(DOTText.htmlLines("one\ntwo", width: 28) == "one<BR/>two")
    }

    @Test("the reporting view draws reporting lines only, and anchoring where a body has none")
    func reportingView() throws {
        let model = try RenderTestSupport.model("region-midtjylland-psykiatriforum")
        let view = try #require(DiagramView(model: model, options: DiagramOptions(scope: .reporting)))
        #expect(Set(view.edges.map(\.relation)) == [.reportsTo, .anchoredIn])
        #expect(!view.bodies.contains { model.bodies[$0].isExternal }, "external bodies with no reporting line are left out")
        #expect(view.units.isEmpty)
    }

    @Test("a focus draws the body and its neighbours within the depth")
    func focus() throws {
        let model = try RenderTestSupport.model("region-sjaelland-integrationsforum")
        let near = try #require(DiagramView(model: model, options: DiagramOptions(focus: "arbejdsgruppe-integration", depth: 1)))
        #expect(near.bodies.map { model.bodies[$0].id } == ["integrationsforum", "arbejdsgruppe-integration"])
        let wider = try #require(DiagramView(model: model, options: DiagramOptions(focus: "arbejdsgruppe-integration", depth: 2)))
        #expect(wider.bodies.count == 6)
        #expect(DOTWriter.write(near).contains("\"arbejdsgruppe-integration\" [shape=box, style=\"rounded,filled\", fillcolor=\"#ead1dc\", penwidth=3"))
        #expect(DiagramView(model: model, options: DiagramOptions(focus: "nobody")) == nil)
    }

    @Test("at a date, bodies outside their validity are greyed and say so")
    func atDate() throws {
        let model = try RenderTestSupport.model("region-sjaelland-integrationsforum")
        let dot = RenderTestSupport.dot(model, options: DiagramOptions(date: Day("2027-01-01")))
        func node(_ id: String, _ dot: String) throws -> Substring {
            try #require(dot.split(separator: "\n").first { $0.contains("\"\(id)\" [") })
        }
        let forum = try node("integrationsforum", dot)
        #expect(forum.contains("fillcolor=\"#f3f3f3\"") && forum.contains("not active on 2027-01-01 (until<BR/>2026-12-31)"))
        #expect(!(try node("oestdansk-forum", dot)).contains("#f3f3f3"), "the eastern forum starts on 2027-01-01")
        #expect(dot.contains("grey: not active on 2027-01-01"))
        let before = RenderTestSupport.dot(model, options: DiagramOptions(date: Day("2026-06-01")))
        #expect(!(try node("integrationsforum", before)).contains("#f3f3f3"))
        #expect((try node("oestdansk-forum", before)).contains("not active on 2026-06-01"))
    }
}

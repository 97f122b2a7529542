import Foundation
import Testing
import MandateModel
import MandateSynthesis
@testable import MandateRender

@Suite("Rendering through libgvc", .serialized)
struct GraphvizRendererTests {
    @Test("every model in Models/ draws on one A4 sheet at a legible scale", arguments: RenderTestSupport.modelNames)
    func oneSheet(name: String) throws {
        let model = try RenderTestSupport.model(name)
        let sheets = DiagramSheets(view: DiagramView(model: model, options: DiagramOptions(date: model.date))!).sheets
        #expect(sheets.count == 1)
        let size = try GraphvizRenderer.shared.naturalSize(dot: DOTWriter.write(sheets[0]))
        let paper = try #require(sheets[0].paper)
        #expect(min((paper.width - 36) / size.width, (paper.height - 36) / size.height) >= SheetOptions.minimumScale)
    }

    @Test("the SVG rendered in-process is byte-identical to `dot -Tsvg` on the same DOT", arguments: RenderTestSupport.modelNames)
    func matchesDot(name: String) throws {
        let dot = RenderTestSupport.dot(try RenderTestSupport.model(name))
        let inProcess = try GraphvizRenderer.shared.render(dot: dot, format: .svg)
        let reference = try RenderTestSupport.runDot(["-Tsvg"], input: dot)
        #expect(reference.status == 0)
        #expect(Data(inProcess) == Data(reference.output), "in-process SVG differs from dot -Tsvg")
        #expect(String(decoding: inProcess, as: UTF8.self).hasPrefix("<?xml"))
    }

    @Test("Diagrams/ holds what `scripts/render-diagrams` writes for every model, and nothing else",
          arguments: RenderTestSupport.modelNames)
    func diagramsUpToDate(name: String) throws {
        try Self.expectCommitted(RenderTestSupport.dots(try RenderTestSupport.model(name)), as: "Diagrams/\(name)")
    }

    @Test("Diagrams/da holds the Danish diagram of every model that `scripts/render-diagrams` writes", arguments: RenderTestSupport.modelNames)
    func danishDiagramsUpToDate(name: String) throws {
        let model = try RenderTestSupport.model(name)
        try Self.expectCommitted(RenderTestSupport.dots(model, options: DiagramOptions(date: model.date, language: .da)), as: "Diagrams/da/\(name)")
    }

    @Test("Diagrams/large holds the first two sheets of the generated 230-body structure that `scripts/render-diagrams` draws")
    func largeDiagramsUpToDate() throws {
        let synthetic = SyntheticModel(bodyCount: 230, tree: .wide(roots: 2, children: 50, grandchildren: 28))
        let model = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "wide-230.yaml", format: .yaml)
        try Self.expectCommitted(Array(RenderTestSupport.dots(model).prefix(2)), as: "Diagrams/large/wide-230")
        let files = try FileManager.default.contentsOfDirectory(atPath: RenderTestSupport.packageRoot.appendingPathComponent("Diagrams/large").path)
        #expect(Set(files) == ["wide-230.svg", "wide-230.png", "wide-230-2.svg", "wide-230-2.png"])
    }

    /// Each sheet's SVG is the committed `stem.svg`, `stem-2.svg`, …; its PNG a PNG of the committed one's size.
    private static func expectCommitted(_ dots: [String], as stem: String) throws {
        for (index, dot) in dots.enumerated() {
            let path = stem + (index == 0 ? "" : "-\(index + 1)")
            let svg = try Data(contentsOf: RenderTestSupport.packageRoot.appendingPathComponent("\(path).svg"))
            #expect(Data(try GraphvizRenderer.shared.render(dot: dot, format: .svg)) == svg, "\(path).svg is out of date: run scripts/render-diagrams")
            // PNG bytes differ between cairo and zlib versions; what must not change is that it is a PNG of this size.
            let png = try [UInt8](Data(contentsOf: RenderTestSupport.packageRoot.appendingPathComponent("\(path).png")))
            let rendered = try GraphvizRenderer.shared.render(dot: dot, format: .png)
            #expect(PNGSignature(rendered) != nil && PNGSignature(rendered) == PNGSignature(png), "\(path).png is out of date: run scripts/render-diagrams")
        }
    }

    @Test("Diagrams/ has no diagram of a model that no longer exists, and no sheet a model does not have")
    func noStaleDiagrams() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: RenderTestSupport.packageRoot.appendingPathComponent("Diagrams").path)
        var expected: Set<String> = ["large", "da"]
        for name in RenderTestSupport.modelNames {
            let count = RenderTestSupport.dots(try RenderTestSupport.model(name)).count
            for sheet in 1...count { expected.insert(name + (sheet == 1 ? "" : "-\(sheet)")) }
        }
        #expect(Set(files.map { ($0 as NSString).deletingPathExtension }) == expected)
    }

    @Test("rendering the same DOT again, after other models, gives the same bytes")
    func repeatable() throws {
        let dots = try RenderTestSupport.modelNames.map { RenderTestSupport.dot(try RenderTestSupport.model($0)) }
        let first = try dots.map { Data(try GraphvizRenderer.shared.render(dot: $0, format: .svg)) }
        let again = try dots.reversed().map { Data(try GraphvizRenderer.shared.render(dot: $0, format: .svg)) }
        #expect(first == Array(again.reversed()))
    }

    @Test("PNG and PDF come out as PNG and PDF")
    func binaryFormats() throws {
        let dot = RenderTestSupport.dot(try RenderTestSupport.model("national-integration-after"))
        #expect(try GraphvizRenderer.shared.render(dot: dot, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try GraphvizRenderer.shared.render(dot: dot, format: .pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test("Graphviz's own messages come back in the error: bad DOT, and (below the typed API) unknown engine and format")
    func errors() throws {
        #expect {
            try GraphvizRenderer.shared.render(dot: "digraph { a -> }", format: .svg)
        } throws: { error in
            guard case RenderError.syntax(let messages) = error else { return false }
            return messages.joined().contains("syntax error")
        }
        #expect {
            try GraphvizRenderer.shared.render(dot: "digraph { a -> b }", format: "svg", engine: "nonsense")
        } throws: { error in
            guard case RenderError.layout(let engine, let messages) = error else { return false }
            return engine == "nonsense" && messages.joined().contains("not recognized")
        }
        #expect {
            try GraphvizRenderer.shared.render(dot: "digraph { a -> b }", format: "nonsense", engine: "dot")
        } throws: { error in
            guard case RenderError.render(let format, let messages) = error else { return false }
            return format == "nonsense" && messages.joined().contains("renderer for nonsense is unavailable")
        }
        #expect(try GraphvizRenderer.shared.render(dot: "digraph { a -> b }", format: .svg).count > 100, "a failure leaves no state behind")
    }

    @Test("a labelled sideways line between boxes on one rank lays out and is freed in-process (Graphviz frees a flat edge's label twice)")
    func labelledFlatEdge() throws {
        for name in ["every-key-before", "every-key-after"] {
            let path = RenderTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/diffs/\(name).yaml").path
            let model = try ModelLoader.load(file: path)
            let dot = DOTWriter.write(DiagramView(model: model, options: DiagramOptions(date: model.date))!)
            #expect(dot.contains("xlabel=\"counterpart\""))
            #expect(try GraphvizRenderer.shared.render(dot: dot, format: .svg).count > 100)
            #expect(!DiagramSheets(view: DiagramView(model: model, options: DiagramOptions(date: model.date))!).sheets.isEmpty)
        }
    }
}

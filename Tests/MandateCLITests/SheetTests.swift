import Foundation
import Testing
import MandateModel
import MandateSynthesis

/// Large structures drawn as a user would: `mandate render MODEL -o x.pdf` with the defaults, read back with
/// poppler's `pdftotext -bbox`.
@Suite("Diagrams of real-sized structures, in sheets", .serialized)
struct SheetTests {
    /// The shapes that could not be read on one page: two chambers of 50 committees with up to 28
    /// subcommittees (230 bodies); one parent with 200 leaves; the benchmarks' 1,000-body model.
    static let shapes: [(name: String, model: SyntheticModel)] = [
        ("wide-230", SyntheticModel(bodyCount: 230, tree: .wide(roots: 2, children: 50, grandchildren: 28))),
        ("flat-201", SyntheticModel(bodyCount: 201, tree: .flat)),
        ("random-1000", SyntheticModel(bodyCount: 1_000)),
    ]

    static let a3 = (short: 841.89, long: 1190.55)

    /// Writes the model into a fresh folder and returns the folder and the model file.
    static func write(_ model: SyntheticModel) throws -> (folder: URL, file: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-sheets-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("model.yaml")
        try model.yaml().write(to: file, atomically: true, encoding: .utf8)
        return (folder, file)
    }

    @Test("the default PDF: pages at most A3, no word under 7 pt, every name on a page, no page mostly empty",
          arguments: shapes.map(\.name))
    func legibleSheets(name: String) throws {
        let synthetic = Self.shapes.first { $0.name == name }!.model
        let (folder, file) = try Self.write(synthetic)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("x.pdf")
        let run = try MandateBinary.run(["render", file.path, "-o", pdf.path])
        try #require(run.status == 0, "\(run.standardError)")
        let pages = try PDFWords(file: pdf).pages
        #expect(pages.count > 1, "a structure this size does not fit one page legibly")
        for (number, page) in pages.enumerated() {
            #expect(min(page.width, page.height) <= Self.a3.short + 0.5 && max(page.width, page.height) <= Self.a3.long + 0.5, "page \(number + 1)")
            let smallest = page.words.map { $0.yMax - $0.yMin }.min() ?? 0
            #expect(smallest >= 7, "page \(number + 1) has a word \(smallest) pt high")
            #expect(page.coverage >= 0.25, "page \(number + 1): its words cover \(page.coverage) of the page")
        }
        let model = try ModelLoader.load(file: file.path)
        let text = pages.map(\.text).joined(separator: "\n")
        let missing = model.bodies.filter { !text.contains($0.name) }.map(\.id.rawValue)
        #expect(missing.isEmpty, "not in the PDF's text: \(missing.prefix(5))")
    }

    @Test("SVG writes a file per sheet, as many as the PDF has pages, named x.svg, x-2.svg, …; --sheet picks one")
    func filePerSheet() throws {
        let (folder, file) = try Self.write(Self.shapes[0].model)
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("x.pdf")
        #expect(try MandateBinary.run(["render", file.path, "-o", pdf.path]).status == 0)
        let pageCount = try PDFWords(file: pdf).pages.count
        let run = try MandateBinary.run(["render", file.path, "-o", folder.appendingPathComponent("x.svg").path])
        #expect(run.status == 0)
        let svgs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
        #expect(Set(svgs) == Set(["x.svg"] + (2...pageCount).map { "x-\($0).svg" }))
        #expect(run.standardError.contains("wrote \(pageCount) sheets"))
        let second = try String(contentsOf: folder.appendingPathComponent("x-2.svg"), encoding: .utf8)
        let picked = folder.appendingPathComponent("picked.svg")
        #expect(try MandateBinary.run(["render", file.path, "--sheet", "2", "-o", picked.path]).status == 0)
        #expect(try String(contentsOf: picked, encoding: .utf8) == second)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("picked-2.svg").path))
        let beyond = try MandateBinary.run(["render", file.path, "--sheet", "\(pageCount + 1)", "-o", picked.path])
        #expect(beyond.status == 2 && beyond.standardError.contains("the diagram has \(pageCount) sheets"))
        let piped = try MandateBinary.run(["render", file.path, "--format", "svg", "-o", "-"])
        #expect(piped.status == 2 && piped.standardError.contains("--sheet N"))
    }

    @Test("--page none draws one sheet at natural size; --collapse-below folds by hand; --orientation turns every page")
    func pageOptions() throws {
        let (folder, file) = try Self.write(Self.shapes[0].model)
        defer { try? FileManager.default.removeItem(at: folder) }
        func pages(_ options: [String]) throws -> [PDFWords.Page] {
            let pdf = folder.appendingPathComponent("o-\(UUID().uuidString).pdf")
            let run = try MandateBinary.run(["render", file.path, "-o", pdf.path] + options)
            try #require(run.status == 0, "\(run.standardError)")
            return try PDFWords(file: pdf).pages
        }
        let natural = try pages(["--page", "none"])
        #expect(natural.count == 1 && natural[0].width > Self.a3.long, "one sheet, wider than any paper")
        let folded = try pages(["--page", "a3", "--collapse-below", "2"])
        #expect(folded[0].text.contains("bodies below → sheet"), "the committees are folded on the first sheet")
        let model = try ModelLoader.load(file: file.path)
        let roots = Set(model.bodies.filter { $0.reportsTo.isEmpty }.map(\.id))
        let third = model.bodies.filter { body in body.reportsTo.contains { !roots.contains($0.value) } }
        #expect(!third.isEmpty && third.allSatisfy { !folded[0].text.contains($0.name + " ") }, "no subcommittee on the first sheet")
        let refused = try MandateBinary.run(["render", file.path, "-o", "x.pdf", "--collapse-below", "1"])
        #expect(refused.status == 2 && refused.standardError.contains("2 or more"))
        for page in try pages(["--orientation", "portrait"]) { #expect(page.width < page.height) }
        for page in try pages(["--orientation", "landscape", "--page", "letter"]) { #expect(page.width == 792 && page.height == 612) }
    }

    @Test("--dpi sets a PNG's resolution: half the dots per inch, half the width")
    func dpi() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-dpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func width(_ options: [String]) throws -> Int {
            let png = folder.appendingPathComponent("d-\(UUID().uuidString).png")
            #expect(try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "-o", png.path] + options).status == 0)
            let bytes = [UInt8](try Data(contentsOf: png))
            try #require(bytes.count > 24 && bytes[12..<16].elementsEqual(Array("IHDR".utf8)))
            return bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
        }
        let standard = try width([])
        let half = try width(["--dpi", "48"])
        #expect(abs(Double(half) / Double(standard) - 0.5) < 0.02, "\(half) against \(standard) pixels")
        #expect(try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "-o", "x.png", "--dpi", "5"]).status == 2)
    }

    @Test("the same model gives byte-identical PDF, SVG and DOT sheets")
    func deterministic() throws {
        let (folder, file) = try Self.write(Self.shapes[1].model)
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in ["pdf", "svg", "dot"] {
            var outputs: [Data] = []
            for run in 0..<2 {
                let target = folder.appendingPathComponent("d\(run).\(format)")
                #expect(try MandateBinary.run(["render", file.path, "-o", target.path]).status == 0)
                outputs.append(try Data(contentsOf: target))
            }
            #expect(outputs[0] == outputs[1], "\(format)")
        }
    }

    @Test("sheets are written all or none: a folder where a later sheet must go leaves the earlier file as it was")
    func allOrNone() throws {
        let (folder, file) = try Self.write(Self.shapes[0].model)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("x.svg")
        try "earlier".write(to: first, atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x-3.svg"), withIntermediateDirectories: false)
        let run = try MandateBinary.run(["render", file.path, "-o", first.path])
        #expect(run.status == 2 && run.standardError.contains("x-3.svg"))
        #expect(try String(contentsOf: first, encoding: .utf8) == "earlier")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x-2.svg").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

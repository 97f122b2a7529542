import Foundation
import Testing
import MandateDiff
import MandateModel
import MandateSynthesis
@testable import MandateRender

@Suite("Dividing a structure into sheets", .serialized)
struct SheetPlanningTests {
    static func sheets(_ synthetic: SyntheticModel, options: SheetOptions = SheetOptions()) throws -> (Model, [Sheet]) {
        let model = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "synthetic.yaml", format: .yaml)
        return (model, DiagramSheets(view: DiagramView(model: model, options: DiagramOptions(date: model.date))!, options: options).sheets)
    }

    static let wide = SyntheticModel(bodyCount: 230, tree: .wide(roots: 2, children: 50, grandchildren: 28))
    static let flat = SyntheticModel(bodyCount: 201, tree: .flat)

    @Test("every body is drawn in full on exactly one sheet; elsewhere only as a folded box or a top whose children run on")
    func everyBodyOnce() throws {
        for synthetic in [Self.wide, Self.flat, SyntheticModel(bodyCount: 1_000)] {
            let (model, sheets) = try Self.sheets(synthetic)
            var full: [BodyID: Int] = [:]
            for sheet in sheets {
                for position in sheet.view.bodies {
                    let id = model.bodies[position].id
                    let note = sheet.notes[id] ?? ""
                    if !note.contains("below →") && !note.contains("continued from") {
                        full[id, default: 0] += 1
                    }
                }
            }
            #expect(Set(full.keys) == Set(model.bodies.map(\.id)), "\(model.bodies.count) bodies")
            #expect(full.values.allSatisfy { $0 == 1 }, "\(full.filter { $0.value > 1 }.keys.prefix(3))")
        }
    }

    @Test("a box too large for any page is drawn as it is, and what hangs below it still gets its sheets")
    func oversizedBox() throws {
        let long = String(repeating: "Udvalget for meget lange navne ", count: 120)
        var yaml = "mandate: 1\nmodel: long\nbodies:\n  root: {name: Rådet, kind: political, root: true}\n"
        yaml += "  long: {name: \"\(long)\", kind: committee, reportsTo: root}\n"
        for index in 0..<6 { yaml += "  mid\(index): {name: Mellemled \(index), kind: committee, reportsTo: long}\n" }
        for index in 0..<30 { yaml += "  leaf\(index): {name: Arbejdsgruppe \(index), kind: working-group, reportsTo: mid\(index % 6)}\n" }
        let model = try ModelLoader.load(contents: Array(yaml.utf8), file: "long.yaml", format: .yaml)
        let sheets = DiagramSheets(view: DiagramView(model: model, options: DiagramOptions())!).sheets
        let drawn = Set(sheets.flatMap { $0.view.bodies })
        #expect(drawn.count == model.bodies.count, "\(model.bodies.count - drawn.count) bodies left out")
    }

    @Test("a folded box names the sheets its subtree is on, and each of those sheets' top names the sheet it comes from")
    func notesAgree() throws {
        let (model, sheets) = try Self.sheets(SyntheticModel(bodyCount: 1_000))
        var checked = 0
        for sheet in sheets {
            for (id, note) in sheet.notes where note.contains("below → sheet") {
                let after = note[note.range(of: "→")!.upperBound...].drop { !$0.isNumber }
                let first = try #require(Int(after.prefix { $0.isNumber }))
                let target = sheets[first - 1]
                #expect(target.rows.flatMap { $0 }.contains(id), "\(id) tops sheet \(first)")
                #expect(target.notes[id]?.contains("↑ from sheet \(sheet.number)") == true, "\(id): \(target.notes[id] ?? "no note")")
                checked += 1
            }
        }
        #expect(checked > 10)
        #expect(model.bodies.count == 1_000)
    }

    @Test("a parent's leaves are stacked in rows no wider than their columns, in model order, and only for dot")
    func stacks() throws {
        let (_, sheets) = try Self.sheets(Self.flat)
        let dot = DOTWriter.write(sheets[1])
        #expect(dot.contains("subgraph \"cluster_stack_b0_"))
        let rows = dot.split(separator: "\n").filter { $0.contains("{ rank=same;") && $0.contains("->") }
        #expect(rows.count >= 3)
        let widths = rows.map { $0.components(separatedBy: "->").count }
        #expect(Set(widths.dropLast()).count == 1 && widths.last! <= widths[0], "full rows of one width, the last no wider")
        let numbers = rows.flatMap { $0.split(separator: "\"").filter { $0.hasPrefix("b") }.compactMap { Int($0.dropFirst()) } }
        #expect(numbers == numbers.sorted(), "left to right, top to bottom, in model order")
        let model = try ModelLoader.load(contents: Array(Self.flat.yaml().utf8), file: "flat.yaml", format: .yaml)
        let neato = DiagramSheets(view: DiagramView(model: model, options: DiagramOptions(engine: .neato))!).sheets
        #expect(neato.allSatisfy { !DOTWriter.write($0).contains("cluster_stack") })
        #expect(try GraphvizRenderer.shared.render(neato[1...1].map { $0 }, format: .svg, engine: .neato).count == 1)
    }

    @Test("each sheet's SVG is byte-identical to `dot -Tsvg` on the DOT written for it")
    func sheetsMatchDot() throws {
        let (_, sheets) = try Self.sheets(Self.wide)
        for sheet in sheets.prefix(4) {
            let dot = DOTWriter.write(sheet)
            let reference = try RenderTestSupport.runDot(["-Tsvg"], input: dot)
            #expect(reference.status == 0)
            #expect(Data(try GraphvizRenderer.shared.render(dot: dot, format: .svg)) == Data(reference.output), "sheet \(sheet.number)")
        }
    }

    @Test("a PDF holds every sheet as a page on its paper, and the same sheets give the same bytes")
    func pdfPages() throws {
        let (_, sheets) = try Self.sheets(Self.flat)
        let pdf = try GraphvizRenderer.shared.render(sheets, format: .pdf)
        #expect(pdf.count == 1)
        #expect(try GraphvizRenderer.shared.render(sheets, format: .pdf) == pdf)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-pages-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(pdf[0]).write(to: file)
        let info = try Self.pdfinfo(file, last: sheets.count)
        #expect(info.contains("Pages:           \(sheets.count)"))
        for sheet in sheets {
            let paper = try #require(sheet.paper)
            let line = info.split(separator: "\n").first { $0.hasPrefix("Page \(String(repeating: " ", count: 4 - String(sheet.number).count))\(sheet.number) size:") }
            let numbers = (line ?? "").split(separator: " ").compactMap { Double($0) }
            #expect(numbers.count == 3 && abs(numbers[1] - paper.width) < 0.5 && abs(numbers[2] - paper.height) < 0.5, "page \(sheet.number): \(line ?? "none")")
        }
    }

    @Test("no paper draws the whole view on one sheet at its natural size")
    func noPaper() throws {
        let (model, sheets) = try Self.sheets(Self.wide, options: SheetOptions(paper: .none))
        #expect(sheets.count == 1 && sheets[0].paper == nil && sheets[0].view.bodies.count == model.bodies.count)
        #expect(!DOTWriter.write(sheets[0]).contains(" size=\""))
    }

    @Test("a comparison draws what changed and its context by default, everything when asked")
    func diffContext() throws {
        let synthetic = SyntheticModel(bodyCount: 1_000)
        let before = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "before.yaml", format: .yaml)
        let changed = synthetic.changedCopy(PlantedChanges(removed: 4, added: 3, renamed: 2, moved: 2, chairChanged: 1))
        let after = try ModelLoader.load(contents: Array(changed.yaml.utf8), file: "after.yaml", format: .yaml)
        let report = Differ().compare(before, after, beforeDate: before.date!, afterDate: after.date!)
        let context = DiffDiagram(report: report).view
        let everything = DiffDiagram(report: report, showsEverything: true).view
        let names = Set(context.bodies.map { context.model.bodies[$0].id.rawValue })
        let touched = changed.applied.removed + changed.applied.added + changed.applied.renamed + changed.applied.moved.map(\.body)
            + changed.applied.chairChanged
        #expect(Set(touched).isSubset(of: names))
        #expect(names.count < 80 && everything.bodies.count > 1_000)
        for moved in changed.applied.moved { #expect(names.contains(moved.from) && names.contains(moved.to), "both parents of \(moved.body)") }
    }

    static func pdfinfo(_ file: URL, last: Int) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdfinfo", "-f", "1", "-l", "\(last)", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

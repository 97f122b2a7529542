import Testing
import MandateModel
@testable import MandateRender

/// A structure split into sheets draws each joint body once, and shows it on each other parent's sheet as a
/// reference box that names the sheet it is drawn on; its own box names its other parents and their sheets.
@Suite("Joint bodies on every parent's sheet")
struct JointSheetTests {
    /// Two chambers of 30 committees with 6 subcommittees each, and 4 joint committees of both.
    static func legislature() throws -> Model {
        var lines = ["mandate: 1", "model: legislature", "bodies:", "  house: {name: House, kind: political, root: true}",
                     "  senate: {name: Senate, kind: political, root: true}"]
        for chamber in ["house", "senate"] {
            for committee in 0..<30 {
                lines.append("  \(chamber)-\(committee): {name: \(chamber) committee \(committee) on a subject, kind: committee, reportsTo: \(chamber)}")
                for sub in 0..<6 {
                    lines.append("  \(chamber)-\(committee)-\(sub): {name: Subcommittee \(sub), kind: working-group, reportsTo: \(chamber)-\(committee)}")
                }
            }
        }
        for joint in 0..<4 {
            lines.append("  joint-\(joint): {name: Joint committee \(joint), kind: committee, joint: true, reportsTo: [house, senate]}")
        }
        return try ModelLoader.load(contents: Array((lines.joined(separator: "\n") + "\n").utf8), file: "legislature.yaml", format: .yaml)
    }

    @Test("each joint committee is drawn on one sheet, referred to on the other chamber's, and names that sheet")
    func references() throws {
        let model = try Self.legislature()
        let view = try #require(DiagramView(model: model, options: DiagramOptions()))
        let sheets = DiagramSheets(view: view).sheets
        #expect(sheets.count > 2)
        let senate = try #require(sheets.first { sheet in sheet.view.bodies.contains { model.bodies[$0].id == BodyID("senate") }
                                                 && sheet.view.bodies.contains { model.bodies[$0].id == BodyID("senate-0") } })
        for joint in 0..<4 {
            let id = BodyID("joint-\(joint)")
            let homes = sheets.filter { sheet in sheet.view.bodies.contains { model.bodies[$0].id == id } }
            #expect(homes.count == 1, "drawn once")
            let home = try #require(homes.first)
            #expect(senate.references.contains(SheetReference(body: id, parent: BodyID("senate"), sheet: home.number)))
            #expect(home.notes[id]?.contains("also reports to 'Senate' → sheet \(senate.number)") == true, "\(home.notes[id] ?? "")")
            let dot = DOTWriter.write(senate)
            #expect(dot.contains("\"ref:joint-\(joint)@senate\"") && dot.contains("also reports here → sheet \(home.number)"))
        }
        #expect(sheets.filter { $0.number != senate.number }.allSatisfy { $0.references.isEmpty })
    }

    @Test("a structure on one sheet draws a joint body's lines to both parents and no reference")
    func oneSheet() throws {
        let model = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: small
            bodies:
              region: {name: Regionsrådet, kind: political, root: true}
              kkr: {name: KKR, kind: political, root: true}
              forum: {name: Fælles forum, kind: forum, joint: true, reportsTo: [region, kkr]}
            """.utf8), file: "small.yaml", format: .yaml)
        let sheets = DiagramSheets(view: try #require(DiagramView(model: model, options: DiagramOptions()))).sheets
        #expect(sheets.count == 1 && sheets[0].references.isEmpty && sheets[0].view.edges.filter { $0.from == "forum" }.count == 2)
    }
}

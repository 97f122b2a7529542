import Foundation
import MandateSynthesis
import Testing
@testable import MandateModel

@Suite("CSV exports of bodies load as models, with errors at their row and column")
struct CSVImportTests {
    static let kommune = TestPaths.fixtures.appendingPathComponent("csv/kommune.csv")

    @Test("a CRLF export with quoted fields, doubled quotes, lists and dates loads every body and relation")
    func loadsExport() throws {
        let model = try ModelLoader.load(file: Self.kommune.path)
        #expect(model.id == "kommune")
        #expect(model.bodies.map(\.id.rawValue) == ["byraad", "direktion", "styregruppe-sundhed", "arbejdsgruppe"])
        let steering = try #require(model.body("styregruppe-sundhed"))
        #expect(steering.name == "Styregruppe for sundhed, ældre og \"nære\" tilbud")
        #expect(steering.kind == .steeringGroup)
        #expect(steering.reportsTo.map(\.value) == ["direktion"])
        #expect(steering.members.map(\.role.value) == ["direktoer-social", "chef-aeldre", "chef-sundhed"])
        #expect(steering.secretariat.map(\.value) == [.unit("sekretariat-social")])
        // Lines count CRLF once; columns count characters, so 'æ' before a field moves it by one.
        #expect(steering.location.line == 4 && steering.location.column == 1)
        #expect(steering.members.map(\.role.location.column) == [126, 144, 157])
        let group = try #require(model.body("arbejdsgruppe"))
        #expect(group.validity == Validity(from: nil, until: Day("2027-06-30")))
        #expect(model.body("byraad")?.isRoot == true)
        #expect(model.organisations.map(\.id.rawValue) == ["kommune"])
        #expect(model.organisations.first?.kind == .other)
        #expect(model.roles.map(\.id.rawValue) == ["kommunaldirektoer", "direktoer-social", "chef-aeldre", "chef-sundhed"])
        #expect(model.units.map(\.id.rawValue) == ["sekretariat-social"])
    }

    @Test("a synthetic model as CSV loads the same bodies and reporting lines as the YAML of it")
    func sameAsYAML() throws {
        let synthetic = SyntheticModel(bodyCount: 3_000, defects: PlantedDefects(cycles: 2, orphans: 2, doubleReportingLines: 2))
        let fromCSV = try ModelLoader.load(contents: Array(synthetic.csv().utf8), file: "synthetic.csv", format: .csv)
        let fromYAML = try ModelLoader.load(contents: Array(synthetic.yaml().utf8), file: "synthetic.yaml", format: .yaml)
        #expect(fromCSV.bodies.map(\.id) == fromYAML.bodies.map(\.id))
        #expect(fromCSV.bodies.map(\.name) == fromYAML.bodies.map(\.name))
        #expect(fromCSV.bodies.map { $0.reportsTo.map(\.value) } == fromYAML.bodies.map { $0.reportsTo.map(\.value) })
        #expect(fromCSV.bodies.map { $0.chair?.value } == fromYAML.bodies.map { $0.chair?.value })
        #expect(fromCSV.bodies.map(\.source) == fromYAML.bodies.map(\.source))
    }

    @Test("a spreadsheet's export in a Danish locale (';' between fields, TRUE and SAND, headers in capitals) loads as the plain CSV does",
          arguments: ["csv-semicolons.csv", "csv-spreadsheet-headers.csv"])
    func spreadsheetExports(name: String) throws {
        let plain = "id,name,kind,root,reportsTo\nbyraad,Byrådet,political,true,\ndirektion,Direktionen,executive,false,byraad\n"
        let expected = ModelJSONWriter.write(try ModelLoader.load(contents: Array(plain.utf8), file: "x.csv", format: .csv))
        let model = try ModelLoader.load(contents: [UInt8](Data(contentsOf: TestPaths.fixtures.appendingPathComponent("valid/\(name)"))),
                                         file: "x.csv", format: .csv)
        #expect(ModelJSONWriter.write(model) == expected)
    }

    @Test("with ';' between fields, a list field's items are separated by ','")
    func semicolonLists() throws {
        let text = "id;name;kind;root;reportsTo;members;chair\nb;B;political;TRUE;;;\nf;F;forum;;b;\"r1, r2\";r1\n"
        let model = try ModelLoader.load(contents: Array(text.utf8), file: "x.csv", format: .csv)
        #expect(model.body("f")?.members.map(\.role.value) == ["r1", "r2"])
    }

    @Test("the model's id comes from the file's name, made a valid id")
    func modelID() {
        #expect(CSVTreeWriter.modelID(file: "exports/Org chart 2026.csv") == "Org-chart-2026")
        #expect(CSVTreeWriter.modelID(file: "_hr.csv") == "model-_hr")
        #expect(ModelDecoder.isValidIdentifier(CSVTreeWriter.modelID(file: "ørsted.csv")))
    }

    @Test("a file with no rows, or only a header, is refused or empty, never a crash", arguments: ["", "\u{FEFF}", "id,name,kind\n", "\r\n\r\n"])
    func emptyFiles(text: String) {
        do {
            let model = try ModelLoader.load(contents: Array(text.utf8), file: "e.csv", format: .csv)
            #expect(model.bodies.isEmpty && text.hasPrefix("id"))
        } catch {
            #expect(error.diagnostics.map(\.message) == ["the header has no 'id' column"])
        }
    }
}

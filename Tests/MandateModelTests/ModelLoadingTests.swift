import Foundation
import Testing
@testable import MandateModel

@Suite("Loading valid models")
struct ModelLoadingTests {
    private func load(_ name: String) throws -> Model {
        try ModelLoader.load(file: TestPaths.fixtures.appendingPathComponent("valid/\(name)").path)
    }

    @Test("every key of the format is read into the model")
    func everyKey() throws {
        let model = try load("all-keys.yaml")
        #expect(model.title == "Every key" && model.source == "the test suite" && model.date == Day("2026-06-01"))
        #expect(model.unit("unit")?.short == "U" && model.unit("unit")?.organisation?.value == "org")
        #expect(model.role("role-a")?.unit?.value == "unit" && model.role("role-a")?.note == "A note")
        let body = try #require(model.body("everything"))
        #expect(body.aliases == ["Alias One", "Alias Two"])
        #expect(body.kind == .steeringGroup && body.organisation?.value == "org" && body.count == 2)
        #expect(body.reportsTo.map(\.value) == ["root"])
        #expect(body.establishedBy.map(\.value) == ["root"], "an alias resolves to the body's id")
        #expect(body.anchoredIn.map(\.value) == ["root"])
        #expect(body.coChairs.map(\.value) == ["role-a", "role-b"])
        #expect(body.secretariat.map(\.value) == [.unit("unit"), .organisation("org")])
        #expect(body.members == [
            Membership(role: body.members[0].role, count: nil, note: nil),
            Membership(role: body.members[1].role, count: 3, note: "Three seats"),
        ])
        #expect(body.members.map(\.role.value) == ["role-a", "role-b"])
        #expect(body.adHoc.map(\.value) == [.role("role-b"), .body("other"), .unit("unit"), .organisation("org")])
        #expect(body.commissionedBy.map(\.value) == ["other"] && body.escalatesTo.map(\.value) == ["root"])
        #expect(body.counterparts.map(\.value) == ["other"])
        #expect(body.validity == Validity(from: Day("2025-01-01"), until: Day("2026-12-31")))
        #expect(body.successor?.value == "next" && body.predecessors.map(\.value) == ["old-body"])
        #expect(body.formerly == ["previous-id"] && body.cadence == "quarterly" && body.review == Day("2026-06-30"))
        #expect(body.source == "A sentence." && body.note == "A note.")
        #expect(model.body("root")?.isRoot == true && model.body("other")?.isExternal == true)
        #expect(model.body("chaired")?.chair?.value == "role-a" && model.body("chaired")?.lapses == true)
    }

    @Test("the fixture with every key uses every key the schema lists")
    func fixtureCoversSchema() throws {
        let path = TestPaths.fixtures.appendingPathComponent("valid/all-keys.yaml").path
        let tree = try ModelLoader.parse(contents: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path, format: .yaml)
        var used = Set<String>()
        func collect(_ node: SourceTree.Node) {
            guard tree.kind(of: node) != .scalar else { return }
            if tree.kind(of: node) == .mapping {
                for (key, value) in tree.pairs(of: node) { used.insert(tree.text(of: key)); collect(value) }
            } else {
                tree.children(of: node).forEach(collect)
            }
        }
        collect(try #require(tree.root))
        for spec in [ModelSchema.document, ModelSchema.organisation, ModelSchema.unit, ModelSchema.role, ModelSchema.body,
                     ModelSchema.membership, ModelSchema.validity] {
            for key in spec.keyNames { #expect(used.contains(key), "\(spec.name).\(key) is not in all-keys.yaml") }
        }
    }

    @Test("each element keeps the line and column where it is written")
    func locations() throws {
        let model = try load("all-keys.yaml")
        let body = try #require(model.body("everything"))
        #expect(body.location.line == 43 && body.location.column == 3)
        #expect(body.reportsTo.first?.location.line == 49 && body.reportsTo.first?.location.column == 16)
        #expect(body.members[1].role.location.line == 56 && body.members[1].role.location.column == 16)
    }

    @Test("a JSON model loads to the same model as its YAML original")
    func jsonMatchesYAML() throws {
        let json = try load("region-sjaelland-integrationsforum.json")
        let yaml = try ModelLoader.load(file: TestPaths.models.appendingPathComponent("region-sjaelland-integrationsforum.yaml").path)
        #expect(ModelJSONWriter.write(json) == ModelJSONWriter.write(yaml))
        #expect(json.bodies.count == 6)
    }

    @Test("a model written as JSON loads back to the same model", arguments: TestPaths.modelFiles().map(\.lastPathComponent))
    func jsonRoundTrip(name: String) throws {
        let model = try ModelLoader.load(file: TestPaths.models.appendingPathComponent(name).path)
        let json = ModelJSONWriter.write(model)
        let reloaded = try ModelLoader.load(contents: Array(json.utf8), file: "\(name).json", format: .json)
        #expect(ModelJSONWriter.write(reloaded) == json)
    }

    @Test("Danish letters, dashes and emoji survive loading unchanged")
    func unicode() throws {
        let model = try load("unicode.yaml")
        #expect(model.title == "Sundhedsråd – Region Østdanmark")
        #expect(model.body("raad")?.name == "Sundhedsrådet for Ærø, Øresund og Ålborg – “nært” 🏥")
        #expect(model.body("gruppe")?.reportsTo.map(\.value) == ["raad"], "an alias with æøå resolves")
        #expect(model.role("formand")?.title == "Formand for Børne- og kulturchefforeningen – BKF")
    }

    @Test("a byte-order mark, CRLF line endings and a tab inside quotes load, with lines counted right")
    func bomAndCRLF() throws {
        let model = try load("bom-crlf.yaml")
        #expect(model.body("forum")?.name == "Forum\tmed tabulator")
        #expect(model.body("group")?.location.line == 8)
        #expect(model.body("group")?.reportsTo.first?.location == SourceLocation(file: model.file, line: 8, column: 57))
    }

    @Test("columns count characters, not bytes")
    func columnsInCharacters() throws {
        let yaml = "mandate: 1\nmodel: m\nbodies:\n  b: {name: Æøå, kind: forum, reportsTo: nowhere}\n"
        let json = "{\"mandate\": 1, \"model\": \"m\", \"bodies\": {\"b\": {\"name\": \"Æøå\", \"kind\": \"forum\", \"reportsTo\": \"nowhere\"}}}"
        for (text, format, column) in [(yaml, ModelFormat.yaml, 42), (json, .json, 92)] {
            #expect(throws: LoadFailure.self) { try ModelLoader.load(contents: Array(text.utf8), file: "m", format: format) }
            do {
                _ = try ModelLoader.load(contents: Array(text.utf8), file: "m", format: format)
            } catch {
                #expect(error.diagnostics.map(\.location.column) == [column], "\(format)")
            }
        }
    }

    @Test("a YAML anchor and alias share one node, so an alias bomb stays small")
    func aliasesAreShared() throws {
        var text = "mandate: 1\nmodel: bomb\nlayer0: &l0 [a, a, a, a, a, a, a, a, a, a]\n"
        for layer in 1..<12 { text += "layer\(layer): &l\(layer) [" + Array(repeating: "*l\(layer - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let tree = try ModelLoader.parse(contents: Array(text.utf8), file: "bomb.yaml", format: .yaml)
        #expect(tree.nodes.count < 200, "10^12 leaves if expanded; shared it is a few nodes")
        #expect(throws: LoadFailure.self) { try ModelLoader.load(contents: Array(text.utf8), file: "bomb.yaml", format: .yaml) }
    }

    @Test("nesting deeper than the limit is an error, not a crash", arguments: [ModelFormat.yaml, .json])
    func deepNesting(format: ModelFormat) throws {
        let depth = 100_000
        let text = "{\"mandate\": 1, \"model\": \"deep\", \"x\": " + String(repeating: "[", count: depth)
            + String(repeating: "]", count: depth) + "}"
        do {
            _ = try ModelLoader.load(contents: Array(text.utf8), file: "deep", format: format)
            Issue.record("deep nesting loaded")
        } catch {
            #expect(error.diagnostics.first?.error == .nestingTooDeep(limit: ModelLoader.maximumDepth))
        }
    }

    @Test("a single role under 'members' is a list of one, as with every other list key")
    func singleMember() throws {
        let model = try ModelLoader.load(contents: Array("""
            mandate: 1
            model: m
            roles:
              r: {title: Formand}
            bodies:
              forum: {name: Forum, kind: forum, root: true, chair: r, members: r}
            """.utf8), file: "m.yaml", format: .yaml)
        #expect(model.body("forum")?.members.map(\.role.value) == ["r"])
    }

    @Test("a former name resolves to the one body that carried it at the model's date")
    func formerNameAtDate() throws {
        let model = try load("former-name-at-date.yaml")
        #expect(model.body("tilsyn")?.reportsTo.map(\.value) == ["fritid"])
    }
}

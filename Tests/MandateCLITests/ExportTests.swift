import Foundation
import Testing
import MandateTestSupport
import MandateModel

/// `mandate export` in every format, read back by the tools that read each: Mandate itself for YAML,
/// NetworkX for GraphML, rdflib with SPARQL for JSON-LD; Mermaid checked to hold no name unescaped.
@Suite("Exports", .serialized)
struct ExportTests {
    /// Every bundled model, the real structures, and a model of hostile names.
    static let files: [String] = {
        let root = MandateBinary.packageRoot
        let models = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Models").path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Models/" + $0 }
        let structures = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Tests/Fixtures/structures").path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Tests/Fixtures/structures/" + $0 }
        return models + structures + ["Tests/Fixtures/valid/hostile-names.yaml"]
    }()

    static func export(_ file: String, _ format: String) throws -> URL {
        let run = try MandateBinary.run(["export", "--format", format, file])
        try #require(run.status == 0, "\(run.standardError)")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-export-\(UUID().uuidString).\(format)")
        try run.standardOutput.write(to: output, atomically: true, encoding: .utf8)
        return output
    }

    static func read(_ format: String, _ file: URL) throws -> [String: Any] {
        let read = try PythonScript.run("Tests/Fixtures/scripts/read-export.py", [format, file.path])
        try #require(read.status == 0, "\(read.errors)")
        return try #require(try JSONSerialization.jsonObject(with: read.output) as? [String: Any])
    }

    @Test("YAML loads back to the same model", arguments: files)
    func yaml(file: String) throws {
        let yaml = try Self.export(file, "yaml")
        defer { try? FileManager.default.removeItem(at: yaml) }
        let again = try MandateBinary.run(["export", yaml.path])
        #expect(again.status == 0, "\(again.standardError)")
        #expect(again.standardOutput == (try MandateBinary.run(["export", file])).standardOutput)
    }

    @Test("GraphML read by NetworkX: every element a typed node with its name, every relation a typed edge", arguments: files)
    func graphml(file: String) throws {
        let model = try ModelLoader.load(file: MandateBinary.packageRoot.appendingPathComponent(file).path)
        let graphml = try Self.export(file, "graphml")
        defer { try? FileManager.default.removeItem(at: graphml) }
        let read = try Self.read("graphml", graphml)
        let nodes = read["nodes"] as? [String: Int] ?? [:]
        #expect(nodes["body"] == model.bodies.count && nodes["organisation", default: 0] == model.organisations.count)
        #expect(nodes["unit", default: 0] == model.units.count && nodes["role", default: 0] == model.roles.count)
        #expect(nodes["null"] == nil, "no edge names an undeclared node")
        let edges = read["edges"] as? [String: Int] ?? [:]
        #expect(edges["reportsTo", default: 0] == model.bodies.reduce(0) { $0 + $1.reportsTo.count })
        #expect(edges["member", default: 0] == model.bodies.reduce(0) { $0 + $1.members.count })
        let names = Set(read["names"] as? [String] ?? [])
        #expect(model.bodies.allSatisfy { names.contains($0.name) })
        let types = read["types"] as? [String: String] ?? [:]
        #expect(types["count"] == "int" && types["external"] == "bool")
    }

    @Test("JSON-LD read by rdflib: SPARQL finds every reporting line, post and change in W3C ORG", arguments: files)
    func jsonld(file: String) throws {
        let model = try ModelLoader.load(file: MandateBinary.packageRoot.appendingPathComponent(file).path)
        let jsonld = try Self.export(file, "jsonld")
        defer { try? FileManager.default.removeItem(at: jsonld) }
        let read = try Self.read("jsonld", jsonld)
        let lines = (read["subOrganizationOf"] as? [[String]] ?? []).map { $0.joined(separator: " → ") }.sorted()
        let expected = model.bodies.flatMap { body in body.reportsTo.compactMap { parent in model.body(parent.value).map { "\(body.name) → \($0.name)" } } }.sorted()
        #expect(lines == expected)
        #expect(read["units"] as? Int == model.bodies.count + model.units.count)
        let seats = model.bodies.reduce(0) { $0 + ($1.chair == nil ? 0 : 1) + $1.coChairs.count + $1.members.count }
        #expect(read["posts"] as? Int == seats)
        #expect(read["changes"] as? Int == model.bodies.reduce(0) { $0 + $1.predecessors.count })
        let labels = Set(read["labels"] as? [String] ?? [])
        #expect(model.bodies.allSatisfy { labels.contains($0.name) })
    }

    @Test("Mermaid: every label is letters, digits, spaces and entities, and decodes to the name", arguments: files)
    func mermaid(file: String) throws {
        let model = try ModelLoader.load(file: MandateBinary.packageRoot.appendingPathComponent(file).path)
        let text = try MandateBinary.run(["export", "--format", "mermaid", file]).standardOutput
        let lines = text.split(separator: "\n")
        #expect(lines.first == "flowchart TB")
        let boxes = lines.filter { $0.hasPrefix("  b") && $0.contains("[\"") }
        #expect(boxes.count == model.bodies.count)
        for (box, body) in zip(boxes, model.bodies) {
            let inside = box.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
            let name = String(inside.prefix { $0 != "<" })
            #expect(name.unicodeScalars.allSatisfy { $0 == " " || $0 == "#" || $0 == ";" || $0.properties.isAlphabetic || ("0"..."9").contains($0) })
            #expect(Self.decode(name) == body.name)
        }
    }

    static func decode(_ text: String) -> String {
        var output = ""
        var rest = Substring(text)
        while let hash = rest.firstIndex(of: "#") {
            output += rest[..<hash]
            let code = rest[rest.index(after: hash)...].prefix { $0 != ";" }
            output.unicodeScalars.append(Unicode.Scalar(UInt32(code)!)!)
            rest = rest[rest.index(hash, offsetBy: code.count + 2)...]
        }
        return output + rest
    }

    @Test("Mermaid, GraphML and JSON-LD show the relations of --at; YAML keeps the dated changes")
    func dated() throws {
        let file = "Models/national-integration-dated.yaml"
        for format in ["mermaid", "graphml", "jsonld"] {
            let before = try MandateBinary.run(["export", "--format", format, "--at", "2026-06-01", file])
            let after = try MandateBinary.run(["export", "--format", format, "--at", "2027-01-01", file])
            #expect(before.status == 0 && after.status == 0)
            // Mermaid labels its lines in words ("anchored in"); GraphML and JSON-LD name the key.
            let anchored = format == "mermaid" ? "\"anchored in\"" : "anchoredIn"
            #expect(!before.standardOutput.contains(anchored) && after.standardOutput.contains(anchored), "\(format): \(after.standardOutput)")
        }
        let yaml = try MandateBinary.run(["export", "--format", "yaml", "--at", "2026-06-01", file])
        #expect(yaml.standardOutput.contains("changes:\n      - {from: 2027-01-01,") && yaml.standardOutput.contains("anchoredIn: [sundhedsraad]"))
    }
}

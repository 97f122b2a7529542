import Foundation
import FoundationXML
import Testing
import MandateModel
@testable import MandateRender

@Suite("Names that look like markup or escapes are drawn literally", .serialized)
struct HostileNameTests {
    static let names = [
        #"Forum "med" citater"#,
        #"Back\slash \N \G \E \T \H \L \l \n \r"#,
        "<b>Fed</b> & <i>kursiv</i> &amp; &lt;",
        "Ærø – Øresund – Ålborg æøå",
        "Første linje\nanden linje",
        "<<TABLE>> ]] }; node [shape=none] \"x\" -> \"y\"",
        "مجلس الصحة الإقليمي والبلدية",
        "Forum \u{202E}desrever\u{202C} og עברית",
        "🏥 Sundhed 👩‍⚕️ og 🇩🇰",
        String(repeating: "Sundhedssamarbejdsudvalget ", count: 74).trimmingCharacters(in: .whitespaces),
    ]

    static let organisationName = "Region \"Øst\" <i>&</i> \\G }; subgraph cluster_x {"

    /// A model of one root and a forum per name, with the names as YAML double-quoted strings.
    static func model() throws -> Model {
        var yaml = "mandate: 1\nmodel: hostile\ntitle: \"Titel <med> & \\\"tegn\\\" \\\\N\"\n"
        yaml += "organisations:\n  org: {name: \(JSONValue.string(organisationName).formatted()), kind: region}\n"
        yaml += "bodies:\n  root: {name: Root, kind: political, root: true}\n"
        for (index, name) in names.enumerated() {
            yaml += "  b\(index):\n    name: \(JSONValue.string(name).formatted())\n    kind: forum\n    reportsTo: root\n"
            if index % 2 == 0 { yaml += "    organisation: org\n" }
        }
        return try ModelLoader.load(contents: Array(yaml.utf8), file: "hostile.yaml", format: .yaml)
    }

    @Test("the SVG is well-formed XML and every name reads, line by line, exactly as written")
    func literalNames() throws {
        let model = try Self.model()
        #expect(model.bodies.dropFirst().map(\.name) == Self.names)
        let svg = try GraphvizRenderer.shared.render(dot: DOTWriter.write(DiagramView(model: model, options: DiagramOptions())!), format: .svg)
        let document = try XMLDocument(data: Data(svg), options: [])
        for (index, name) in Self.names.enumerated() {
            let texts = try document.nodes(forXPath: "//*[local-name()='g'][*[local-name()='title']='b\(index)']//*[local-name()='text'][@font-weight='bold']")
            let lines = texts.compactMap(\.stringValue)
            #expect(lines.joined(separator: " ") == name.replacingOccurrences(of: "\n", with: " "), "b\(index)")
        }
        let title = try document.nodes(forXPath: "//*[local-name()='g'][@class='graph']/*[local-name()='text']").compactMap(\.stringValue)
        #expect(title.first == #"Titel <med> & "tegn" \N"#)
        let cluster = try document.nodes(forXPath: "//*[local-name()='g'][@class='cluster']/*[local-name()='text']").compactMap(\.stringValue)
        #expect(cluster == [Self.organisationName])
    }

    @Test("hostile names give the same nodes, edges and clusters as plain names")
    func sameStructure() throws {
        let hostile = try Self.model()
        let plainOrganisations = hostile.organisations.map { Organisation(id: $0.id, name: "Plain", kind: $0.kind, location: $0.location) }
        let plain = Model(id: hostile.id, title: "Plain", file: "plain.yaml", organisations: plainOrganisations, bodies: hostile.bodies.map { body in
            var renamed = body
            renamed.name = "Name of \(body.id)"
            return renamed
        })
        func structure(_ model: Model) throws -> (nodes: [String], edges: [String], clusters: [String]) {
            let svg = try GraphvizRenderer.shared.render(dot: DOTWriter.write(DiagramView(model: model, options: DiagramOptions())!), format: .svg)
            let document = try XMLDocument(data: Data(svg), options: [])
            let titles = { (kind: String) in
                try document.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']/*[local-name()='title']").compactMap(\.stringValue)
            }
            return (try titles("node"), try titles("edge"), try titles("cluster"))
        }
        let (hostileNodes, hostileEdges, hostileClusters) = try structure(hostile)
        let (plainNodes, plainEdges, plainClusters) = try structure(plain)
        // Longer names may stack the leaves in other columns; the same boxes and lines are drawn all the same.
        #expect(hostileNodes.sorted() == plainNodes.sorted())
        #expect(hostileEdges.sorted() == plainEdges.sorted())
        #expect(hostileClusters.filter { !$0.hasPrefix("cluster_stack") } == ["cluster_org"])
        #expect(plainClusters.filter { !$0.hasPrefix("cluster_stack") } == ["cluster_org"])
        #expect(hostileNodes.count == Self.names.count + 1, "a node per body")
    }
}

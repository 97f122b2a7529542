import Foundation
import Testing
import MandateTestSupport
import MandateModel
import MandateSynthesis

/// The HTML reports as a reader meets them: opened in headless Chromium (Debian's chromium) and driven through
/// its DevTools protocol by `Tests/Fixtures/scripts/browse-report.py`.
@Suite("HTML reports in a real browser", .serialized)
struct ReportBrowserTests {
    struct Visit: Decodable {
        let errors: [String]
        let requests: [String]
        let cards: [String]
        let clicked: String?
        let highlighted: [String]
        let cardHighlighted: Bool
        let searchShown: Bool
        let searchHits: Int
    }

    static let screenshots = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-report-screenshots")

    /// Opens `report` in Chromium, clicks its first finding and searches, and says what happened.
    static func visit(_ report: URL, name: String) throws -> Visit {
        try FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        let visit = try PythonScript.run("Tests/Fixtures/scripts/browse-report.py", [report.path, screenshots.appendingPathComponent("\(name).png").path])
        try #require(visit.status == 0, "Chromium (scripts/install-dependencies installs it): \(visit.errors)")
        return try JSONDecoder().decode(Visit.self, from: visit.output)
    }

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-reports-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A report through the binary, and the ids of every body of its models.
    static func report(_ arguments: [String], models: [String], in folder: URL, name: String) throws -> (URL, [String]) {
        let file = folder.appendingPathComponent("\(name).html")
        let run = try MandateBinary.run(arguments + ["-o", file.path])
        try #require(run.status == 0, "\(run.standardError)")
        let ids = try models.flatMap { path in
            let absolute = path.hasPrefix("/") ? path : MandateBinary.packageRoot.appendingPathComponent(path).path
            // A folder is a workspace: one structure of its files.
            let model = path.hasSuffix("/") ? WorkspaceLoader.load(root: absolute).model : try ModelLoader.load(file: absolute)
            return model?.bodies.map(\.id.rawValue) ?? []
        }
        return (file, ids)
    }

    @Test("reports of a seed, of every bundled model, of a 230-body structure and of hostile names: no console error, no request, a card per body, a click on a finding marks its body")
    func reports() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let wide = folder.appendingPathComponent("wide-230.yaml")
        try SyntheticModel(bodyCount: 230, defects: .init(orphans: 1), tree: .wide(roots: 2, children: 50, grandchildren: 28))
            .yaml().write(to: wide, atomically: true, encoding: .utf8)
        let bundled = try FileManager.default.contentsOfDirectory(atPath: MandateBinary.packageRoot.appendingPathComponent("Models").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Models/" + $0 } + ["Models/midtjylland/"]
        let cases: [(name: String, arguments: [String], models: [String])] = [
            ("seed-da", ["report", "--at", "2027-01-01", "--language", "da", "Models/region-sjaelland-integrationsforum.yaml"],
             ["Models/region-sjaelland-integrationsforum.yaml"]),
            ("bundled", ["report", "Models/"], bundled),
            ("wide-230", ["report", wide.path], [wide.path]),
            ("hostile", ["report", "Tests/Fixtures/valid/hostile-names.yaml"], ["Tests/Fixtures/valid/hostile-names.yaml"]),
        ]
        for (name, arguments, models) in cases {
            let (file, ids) = try Self.report(arguments, models: models, in: folder, name: name)
            let visit = try Self.visit(file, name: name)
            #expect(visit.errors.isEmpty, "\(name): \(visit.errors)")
            #expect(visit.requests.isEmpty, "\(name): \(visit.requests)")
            #expect(Set(visit.cards) == Set(ids) && visit.cards.count == ids.count, "\(name): a card per body")
            let clicked = try #require(visit.clicked, "\(name) has findings to click")
            #expect(visit.highlighted.contains(clicked) && visit.highlighted.allSatisfy { $0 == clicked }, "\(name): \(visit.highlighted)")
            #expect(visit.cardHighlighted && visit.searchShown && visit.searchHits >= 1, "\(name)")
        }
    }

    @Test("the page of a comparison: its changes, the diagram of what changed, the findings it introduces, each body's card")
    func change() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("change.html")
        let run = try MandateBinary.run(["diff", "--format", "html", "--at", "2027-01-01", "-o", file.path,
                                         "Tests/Fixtures/histories/kommune-2023.yaml", "Tests/Fixtures/histories/kommune-2024.yaml"])
        try #require(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.contains("<h2>Changes</h2>") && html.contains("<h2>Findings the change introduces</h2>"))
        let visit = try Self.visit(file, name: "change")
        #expect(visit.errors.isEmpty && visit.requests.isEmpty, "\(visit.errors) \(visit.requests)")
        #expect(!visit.cards.isEmpty && visit.searchShown)
        if let clicked = visit.clicked { #expect(visit.highlighted.contains(clicked) && visit.cardHighlighted) }
        let danish = try MandateBinary.run(["diff", "--format", "html", "--language", "da", "--at", "2027-01-01",
                                            "Tests/Fixtures/histories/kommune-2023.yaml", "Tests/Fixtures/histories/kommune-2024.yaml"])
        #expect(danish.standardOutput.contains("<html lang=\"da\">") && danish.standardOutput.contains("<h2>Ændringer</h2>"))
        #expect(danish.standardOutput.contains("<h3>tilføjet</h3>") && danish.standardOutput.contains("Signaturforklaring"))
    }

    @Test("without script the page reads in full: every card and finding is in the HTML, the search box hidden, nothing to fetch")
    func withoutScript() throws {
        let run = try MandateBinary.run(["report", "--at", "2027-01-01", "Tests/Fixtures/valid/hostile-names.yaml", "-o", "-"])
        #expect(run.status == 0)
        let html = run.standardOutput
        #expect(html.contains("<input type=\"search\" id=\"search\" hidden"))
        #expect(html.contains("default-src 'none'"))
        #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
        #expect(html.components(separatedBy: "<article class=\"card\"").count - 1 == 3)
        #expect(!html.contains("<b>fed</b>") && html.contains("&lt;b&gt;fed&lt;/b&gt;"), "names are text, not markup")
    }
}

import Foundation
import Testing
import MandateModel
import MandateRender

/// A body's card in the report tells every relation the diagram draws at it, with a link to each body at the
/// other end, and its organisation, cadence, review date, validity and seats.
@Suite("Report cards tell what the diagram draws")
struct ReportCardTests {
    static let models = ExportTests.files + ["Tests/Fixtures/valid/all-keys.yaml"]

    /// Each card of a report page, by body id.
    static func cards(_ html: String) -> [String: String] {
        var cards: [String: String] = [:]
        for part in html.components(separatedBy: "<article class=\"card\" id=\"card-").dropFirst() {
            guard let quote = part.firstIndex(of: "\"") else { continue }
            cards[String(part[..<quote])] = part.components(separatedBy: "</article>")[0]
        }
        return cards
    }

    @Test("for every edge the full diagram draws, a card at one end names the other, bodies as links", arguments: models)
    func everyEdgeOnACard(path: String) throws {
        let model = try ModelLoader.load(file: MandateBinary.packageRoot.appendingPathComponent(path).path)
        let date = model.date ?? Day("2026-06-01")!
        let run = try MandateBinary.run(["report", "--at", date.description, path, "-o", "-"])
        let cards = Self.cards(run.standardOutput)
        let dated = model.on(date)
        let view = try #require(DiagramView(model: dated, options: DiagramOptions(date: date)))
        for edge in view.edges where edge.relation != .became {
            let from = cards[edge.from] ?? "", to = cards[edge.to] ?? ""
            if edge.relation == .secretariat {
                let unit = dated.displayName(of: .unit(UnitID(edge.from)))
                #expect(to.contains(unit.replacingOccurrences(of: "&", with: "&amp;")), "\(edge)")
            } else {
                #expect(from.contains("href=\"#card-\(edge.to)\"") || to.contains("href=\"#card-\(edge.from)\""), "\(path): \(edge)")
            }
        }
    }

    @Test("a card shows organisation, cadence, review date, validity and seats with their titles, in the page's language")
    func attributes() throws {
        let run = try MandateBinary.run(["report", "--language", "da", "--at", "2026-06-01", "Tests/Fixtures/valid/all-keys.yaml", "-o", "-"])
        let card = try #require(Self.cards(run.standardOutput)["everything"])
        for text in ["<dt>organisation</dt><dd>Organisation</dd>", "<dt>mødefrekvens</dt><dd>kvartalsvis</dd>",
                     "<dt>revideres senest</dt><dd>2026-06-30</dd>", "<dt>gyldig</dt><dd>2025-01-01 til 2026-12-31</dd>",
                     "<dt>eskalerer til</dt>", "<dt>kan få opgaver fra</dt>", "<dt>modparter</dt>", "<dt>videreføres af</dt>",
                     "<dt>forankret i</dt>", "<dt>ad hoc</dt>"] {
            #expect(card.contains(text), "\(text) in \(card)")
        }
        let caucus = try #require(Self.cards(run.standardOutput)["caucus"])
        #expect(caucus.contains("næstformand, Næstformand"), "\(caucus)")
    }
}

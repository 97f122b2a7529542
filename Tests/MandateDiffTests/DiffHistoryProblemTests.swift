import Foundation
import Testing
import MandateDiff
import MandateModel
@testable import MandateReporting

/// One test for each way comparisons of real histories went wrong: order taken for change, the before side
/// told in the after side's words, validity ignored, names matched without context, lineage typos.
@Suite("Comparing real histories")
struct DiffHistoryProblemTests {
    private func model(_ text: String, _ file: String) throws -> Model {
        try ModelLoader.load(contents: Array(text.utf8), file: file, format: .yaml)
    }

    private let header = """
        mandate: 1
        roles:
          a: {title: Formand A}
          b: {title: Formand B}
          c: {title: Formand C}
        bodies:
          raad: {name: Rådet, kind: political, root: true}

        """

    @Test("co-chairs listed in another order are no change")
    func coChairOrder() throws {
        let before = try model(header.replacingOccurrences(of: "mandate: 1", with: "mandate: 1\nmodel: a") + """
              forum: {name: Forum X, kind: forum, reportsTo: raad, coChairs: [a, b, c], members: [a, b, c]}
            """, "a.yaml")
        let after = try model(header.replacingOccurrences(of: "mandate: 1", with: "mandate: 1\nmodel: b") + """
              forum: {name: Forum X, kind: forum, reportsTo: raad, coChairs: [b, a, c], members: [c, b, a]}
            """, "b.yaml")
        #expect(DiffTestSupport.compare(before, after).changes.isEmpty)
    }

    @Test("each side in its own words: the old chair by the title it had before")
    func ownWords() throws {
        let before = try model(header.replacingOccurrences(of: "mandate: 1", with: "mandate: 1\nmodel: a") + """
              forum: {name: Forum X, kind: forum, reportsTo: raad, chair: a, members: [a]}
            """, "a.yaml")
        let after = try model(header.replacingOccurrences(of: "mandate: 1", with: "mandate: 1\nmodel: b")
            .replacingOccurrences(of: "a: {title: Formand A}", with: "a: {title: Næstformand A}") + """
              forum: {name: Forum X, kind: forum, reportsTo: raad, chair: b, members: [a, b]}
            """, "b.yaml")
        let text = DiffTextReporter.write(DiffTestSupport.compare(before, after))
        #expect(text.contains("~ 'Forum X' chair: 'Formand A' → 'Formand B'"))
    }

    @Test("each side at its own date: a body that has ended by the after date is no addition, one that ends is an end")
    func dates() throws {
        let before = try model("mandate: 1\nmodel: a\ndate: 2026-06-01\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n"
                               + "  forum: {name: Forum, kind: forum, reportsTo: raad, valid: {until: 2026-12-31}, lapses: true}\n", "a.yaml")
        let after = try model("mandate: 1\nmodel: b\ndate: 2027-01-01\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n"
                              + "  forum: {name: Forum, kind: forum, reportsTo: raad, valid: {until: 2026-12-31}, lapses: true}\n"
                              + "  gammel: {name: Gammel gruppe, kind: working-group, reportsTo: raad, valid: {until: 2026-12-31}, lapses: true}\n", "b.yaml")
        let report = DiffTestSupport.compare(before, after)
        #expect(report.changes.map(DiffTestSupport.line) == ["ended forum [] until 2026-12-31 -> until 2026-12-31"])
    }

    @Test("names that repeat are matched by their parents, never by file order")
    func repeatedNames() throws {
        let committees = "  okonomi: {name: Økonomiudvalget, kind: committee, reportsTo: raad}\n"
            + "  teknik: {name: Teknikudvalget, kind: committee, reportsTo: raad}\n  social: {name: Socialudvalget, kind: committee, reportsTo: raad}\n"
        let before = try model("mandate: 1\nmodel: a\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n" + committees
                               + "  t1: {name: Tilsynsgruppen, kind: working-group, reportsTo: okonomi}\n"
                               + "  t2: {name: Tilsynsgruppen, kind: working-group, reportsTo: teknik}\n"
                               + "  t3: {name: Tilsynsgruppen, kind: working-group, reportsTo: social}\n", "a.yaml")
        let after = try model("mandate: 1\nmodel: b\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n" + committees
                              + "  t-social: {name: Tilsynsgruppen, kind: working-group, reportsTo: social}\n"
                              + "  t-teknik: {name: Tilsynsgruppen, kind: working-group, reportsTo: teknik}\n"
                              + "  t-okonomi: {name: Tilsynsgruppen, kind: working-group, reportsTo: okonomi}\n", "b.yaml")
        let report = DiffTestSupport.compare(before, after)
        #expect(report.changes.map(DiffTestSupport.line).sorted() == [
            "id-changed t-okonomi [] t1 -> t-okonomi", "id-changed t-social [] t3 -> t-social", "id-changed t-teknik [] t2 -> t-teknik",
        ])
        #expect(DiffTextReporter.write(report).contains("~ 'Tilsynsgruppen' (under 'Teknikudvalget') id: t2 → t-teknik"))
    }

    @Test("a predecessor that names a body in neither model is a warning with the nearest id")
    func lineageTypo() throws {
        let before = try model("mandate: 1\nmodel: a\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n"
                               + "  psykiatriledelse: {name: Psykiatriens ledelse, kind: executive, reportsTo: raad}\n", "a.yaml")
        let after = try model("mandate: 1\nmodel: b\nbodies:\n  raad: {name: Rådet, kind: political, root: true}\n"
                              + "  ledelse: {name: Samlet ledelse, kind: executive, reportsTo: raad, predecessors: [psykiatrildelse]}\n", "b.yaml")
        let report = DiffTestSupport.compare(before, after)
        #expect(report.warnings.map(\.description) == [
            "b.yaml:5:84: warning: 'predecessors' of 'Samlet ledelse' names 'psykiatrildelse', which is a body in neither model\n"
                + "  hint: did you mean 'psykiatriledelse'?",
        ])
    }
}

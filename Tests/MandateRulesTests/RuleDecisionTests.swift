import Testing
import MandateModel
@testable import MandateRules

/// The rules do what their documentation says where structures are awkward: loops through an anchoring,
/// several absent parents, joint bodies cut off under several parents, lines to parents that have ended.
@Suite("The rules' documented decisions")
struct RuleDecisionTests {
    private func findings(_ yaml: String, at date: String = "2027-01-01") throws -> [Finding] {
        let model = try ModelLoader.load(contents: Array(yaml.utf8), file: "decision.yaml", format: .yaml)
        return Checker().check(model, at: try #require(Day(date))).findings.filter { $0.severity == .error }
    }

    @Test("a steering group anchored in a forum that reports to it reaches no root: one no-orphan finding shows the loop")
    func anchoringLoop() throws {
        let found = try findings("""
            mandate: 1
            model: loop
            bodies:
              council: {name: Council, kind: political, root: true}
              steering: {name: Steering group, kind: steering-group, anchoredIn: forum}
              forum: {name: Forum, kind: forum, reportsTo: steering}
              group: {name: Group, kind: working-group, reportsTo: forum}
            """)
        #expect(found.map(\.rule) == ["no-orphan"])
        #expect(found.first?.message == "'Steering group' reaches no root: its lines upward go round in a loop, 'Steering group' → 'Forum' → "
                + "'Steering group'; 1 body below it is cut off with it")
    }

    @Test("a body cut off by two absent parents gets one finding, from no-orphan, naming both")
    func severalAbsentParents() throws {
        let found = try findings("""
            mandate: 1
            model: two-absent
            bodies:
              board: {name: Board, kind: political, root: true}
              a: {name: Forum A, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
              b: {name: Forum B, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
              group: {name: Group, kind: working-group, joint: true, reportsTo: [a, b]}
            """)
        #expect(found.map(\.rule) == ["no-orphan"])
        #expect(found.first?.message.contains("'Forum A', which does not exist on 2027-01-01") == true)
        #expect(found.first?.message.contains("and 'Forum B', which does not exist on 2027-01-01") == true)
    }

    @Test("a joint body that still reaches a root through a third parent: alive-parent reports each absent parent")
    func absentParentsOfABodyThatReachesARoot() throws {
        let found = try findings("""
            mandate: 1
            model: two-absent-one-alive
            bodies:
              board: {name: Board, kind: political, root: true}
              a: {name: Forum A, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
              b: {name: Forum B, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
              group: {name: Group, kind: working-group, joint: true, reportsTo: [a, b, board]}
            """)
        #expect(found.map(\.rule) == ["alive-parent", "alive-parent"])
    }

    @Test("a joint body below two cut-off parents counts under each, whichever comes first in the file")
    func jointBodyCountedUnderEachParent() throws {
        func model(_ first: String, _ second: String) -> String {
            """
            mandate: 1
            model: joint-count
            bodies:
              \(first)
              \(second)
              joint: {name: Joint, kind: committee, joint: true, reportsTo: [a, b]}
            """
        }
        let a = "a: {name: A, kind: forum}"
        let b = "b: {name: B, kind: forum}"
        for order in [try findings(model(a, b)), try findings(model(b, a))] {
            #expect(order.count == 2)
            #expect(order.allSatisfy { $0.message.hasSuffix("; 1 body below it is cut off with it") }, "\(order.map(\.message))")
        }
    }

    @Test("single-reporting-line counts only the lines to bodies that exist at the date")
    func endedParentIsNoSecondLine() throws {
        let found = try findings("""
            mandate: 1
            model: ended-line
            bodies:
              board: {name: Board, kind: political, root: true}
              old: {name: Old board, kind: political, root: true, valid: {until: 2026-12-31}, lapses: true}
              forum: {name: Forum, kind: forum, reportsTo: [old, board]}
            """)
        #expect(found.map(\.rule) == ["alive-parent"])
    }
}

import MandateModel

/// Every body reaches a declared root by its reporting lines.
struct NoOrphanRule: Rule {
    static let description = RuleDescription(
        identifier: "no-orphan",
        name: "No orphan",
        summary: """
            Following reporting lines upward from every body ends at a declared root (a body with `root: true`), \
            or at a body outside the structure; a body with no reporting line may reach one through its political anchoring.
            """,
        rationale: """
            A body that reaches no authority has no one to answer to and no one to stop it. Bodies whose parent does not \
            exist at the date of evaluation are cut off too: a working group under an expired forum is an orphan from the \
            day the forum ends. One finding per cut-off subtree names its top and how many bodies below it are cut off. \
            A joint body answers to each of its bodies, so it keeps a line to a root while any one of them has one: it is \
            cut off only when every one of them is, and it counts as cut off below each of them. A body with several \
            reporting lines and no `joint: true` reaches a root through any of them too (single-reporting-line reports \
            the extra line). A body cut off by several absent bodies gets one finding, which names them all. Anchoring \
            is the upward line only of a body that reports to none: a body whose reporting line ends at an absent body \
            is cut off even where it is anchored in a live one. Bodies in or below a cycle of reporting lines are left \
            to no-cyclic-mandate, which names the cycle; a loop that passes through an anchoring (a steering group \
            anchored in a forum that reports to it) is this rule's, one finding at the loop's first body in the file.
            """,
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
                mandate: 1
                model: orphan
                bodies:
                  board: {name: Board, kind: political, root: true}
                  ↓forum: {name: Forum, kind: forum}
                  group: {name: Group, kind: working-group, reportsTo: forum}
                """),
            RuleExample("""
                mandate: 1
                model: expired-parent
                date: 2027-01-01
                bodies:
                  board: {name: Board, kind: political, root: true}
                  forum: {name: Forum, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
                  ↓group: {name: Group, kind: working-group, reportsTo: forum}
                """),
            RuleExample("""
                mandate: 1
                model: two-absent-parents
                date: 2027-01-01
                bodies:
                  board: {name: Board, kind: political, root: true}
                  a: {name: Forum A, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
                  b: {name: Forum B, kind: forum, reportsTo: board, valid: {until: 2026-12-31}, lapses: true}
                  ↓group: {name: Group, kind: working-group, joint: true, reportsTo: [a, b]}
                """),
            RuleExample("""
                mandate: 1
                model: reporting-line-ends
                date: 2027-01-01
                bodies:
                  council: {name: Council, kind: political, root: true}
                  forum: {name: Forum, kind: forum, reportsTo: council, valid: {until: 2026-12-31}, lapses: true}
                  ↓group: {name: Group, kind: working-group, reportsTo: forum, anchoredIn: council}
                """),
            RuleExample("""
                mandate: 1
                model: anchoring-loop
                bodies:
                  council: {name: Council, kind: political, root: true}
                  ↓steering: {name: Steering group, kind: steering-group, anchoredIn: forum}
                  forum: {name: Forum, kind: forum, reportsTo: steering}
                  group: {name: Group, kind: working-group, reportsTo: forum}
                """),
        ],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: reporting-cycle
            bodies:
              a: {name: A, kind: forum, reportsTo: b}
              b: {name: B, kind: forum, reportsTo: a}
              c: {name: C, kind: working-group, reportsTo: a}
            """), RuleExample("""
            mandate: 1
            model: two-lines-one-root
            bodies:
              board: {name: Board, kind: political, root: true}
              loose: {name: Loose, kind: forum, reportsTo: board, valid: {until: 2020-12-31}, lapses: true}
              forum: {name: Forum, kind: forum, reportsTo: [loose, board]}
            """), RuleExample("""
            mandate: 1
            model: anchored
            bodies:
              council: {name: Council, kind: political, root: true}
              steering: {name: Steering group, kind: steering-group, anchoredIn: council}
              forum: {name: Forum, kind: forum, reportsTo: steering}
            """)])

    /// A cut-off body's finding counts the bodies cut off with it.
    static var countsSubtree: Bool { true }

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        var downward = [[Int]](repeating: [], count: bodies.count)
        for position in bodies.indices where context.isActive[position] {
            for parent in context.upwardLines[position] { downward[parent].append(position) }
        }
        var reached = [Bool](repeating: false, count: bodies.count)
        var queue = bodies.indices.filter { context.isActive[$0] && (bodies[$0].isRoot || bodies[$0].isExternal) }
        for position in queue { reached[position] = true }
        var head = 0
        while head < queue.count {
            for child in downward[queue[head]] where !reached[child] {
                reached[child] = true
                queue.append(child)
            }
            head += 1
        }
        // How many bodies below `tops` are cut off with them: each body once, a joint body under each top it hangs from.
        var countedFor = [Int](repeating: -1, count: bodies.count)
        func cutOffBelow(_ tops: [Int], stamp: Int) -> Int {
            for top in tops { countedFor[top] = stamp }
            var below = 0
            var pending = tops
            while let node = pending.popLast() {
                for child in downward[node] where !reached[child] && countedFor[child] != stamp {
                    countedFor[child] = stamp
                    below += 1
                    pending.append(child)
                }
            }
            return below
        }
        var findings: [Finding] = []
        // Tops of cut-off subtrees: unreached bodies with no live line upward.
        for top in bodies.indices where context.isChecked[top] && !reached[top] && context.upwardLines[top].isEmpty {
            let body = bodies[top]
            findings.append(finding(text(top, below: cutOffBelow([top], stamp: top), context: context), bodies: [body.id],
                                    at: body.location, cause: Finding.cutOff(body.id)))
        }
        // Loops of upward lines that pass through an anchoring: no reporting cycle (no-cyclic-mandate's finding), and
        // no root. A loop of reporting lines alone, and what hangs below it, is left to no-cyclic-mandate.
        let looping = bodies.indices.map { context.isActive[$0] && !reached[$0] && !context.upwardLines[$0].isEmpty }
        for component in StronglyConnectedComponents(edges: context.upwardLines, include: looping).components {
            let start = component.min()!
            guard component.count > 1 || context.upwardLines[start].contains(start),
                  component.contains(where: { bodies[$0].reportsTo.isEmpty }), context.isChecked[start] else { continue }
            let path = StronglyConnectedComponents.shortestCycle(from: start, edges: context.upwardLines, within: Set(component))
            let below = cutOffBelow(component.sorted(), stamp: bodies.count + start)
            let text = FindingText.upwardLoop(body: context.name(start), path: (path + [start]).map(context.name), below: below)
            findings.append(finding(text, bodies: path.map { bodies[$0].id }, at: bodies[start].location, cause: Finding.cutOff(bodies[start].id)))
        }
        return findings
    }

    private func text(_ top: Int, below: Int, context: RuleContext) -> FindingText {
        let body = context.model.bodies[top]
        let lines = body.reportsTo.isEmpty ? body.anchoredIn : body.reportsTo
        // Every absent body its upward lines name, so that the body gets this one finding (alive-parent leaves them).
        let absent = lines.compactMap { context.model.bodyPosition($0.value) }
        guard !absent.isEmpty else { return .noParent(body: context.name(top), below: below) }
        return .cutOff(body: context.name(top), line: body.reportsTo.isEmpty ? .anchoredIn : .reportsTo,
                       absent: absent.map(context.absentBody), below: below)
    }
}

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
            cut off only when every one of them is.
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
        ],
        nonTriggeringExamples: [RuleExample("""
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
        // Tops of cut-off subtrees: unreached bodies with no active line upward. Unreached bodies below a
        // cycle are left to no-cyclic-mandate.
        var counted = reached
        var findings: [Finding] = []
        for top in bodies.indices where context.isChecked[top] && !reached[top] && context.upwardLines[top].isEmpty {
            counted[top] = true
            var below = 0
            var pending = [top]
            while let node = pending.popLast() {
                for child in downward[node] where !counted[child] {
                    counted[child] = true
                    below += 1
                    pending.append(child)
                }
            }
            let body = bodies[top]
            let absent = (body.reportsTo.isEmpty ? body.anchoredIn : body.reportsTo).first.flatMap { context.model.bodyPosition($0.value) }
            findings.append(finding(message(top, below: below, context: context), bodies: [body.id], at: body.location,
                                    cause: absent.map { Finding.cutOff(body.id, from: bodies[$0].id) }))
        }
        return findings
    }

    private func message(_ top: Int, below: Int, context: RuleContext) -> String {
        let body = context.model.bodies[top]
        let lines = body.reportsTo.isEmpty ? body.anchoredIn : body.reportsTo
        var text: String
        if let absent = lines.first.flatMap({ context.model.bodyPosition($0.value) }) {
            let verb = body.reportsTo.isEmpty ? "is anchored in" : "reports to"
            text = "\(context.quotedName(top)) \(verb) \(context.absentBody(absent)), so it reaches no root"
        } else {
            text = "\(context.quotedName(top)) reports to no body and is not a declared root"
        }
        if below > 0 { text += "; \(below) \(below == 1 ? "body" : "bodies") below it \(below == 1 ? "is" : "are") cut off with it" }
        return text
    }
}

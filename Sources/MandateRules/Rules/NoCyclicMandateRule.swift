import MandateModel

/// Following reporting lines, or set-up-by lines, never returns to where it started.
struct NoCyclicMandateRule: Rule {
    static let description = RuleDescription(
        identifier: "no-cyclic-mandate",
        name: "No cyclic mandate",
        summary: "Following reporting lines (and, separately, set-up-by lines) never returns to where it started.",
        rationale: "A cycle of mandates has no body at its top that can decide: each waits for the next. The finding shows the whole cycle.",
        defaultSeverity: .error,
        triggeringExamples: [
            RuleExample("""
                mandate: 1
                model: reporting-cycle
                bodies:
                  a: {name: A, kind: forum, reportsTo: ↓c}
                  b: {name: B, kind: forum, reportsTo: a}
                  c: {name: C, kind: forum, reportsTo: b}
                """),
            RuleExample("""
                mandate: 1
                model: setup-cycle
                bodies:
                  a: {name: A, kind: forum, root: true, establishedBy: ↓b}
                  b: {name: B, kind: forum, root: true, establishedBy: a}
                """),
        ],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: chain
            bodies:
              a: {name: A, kind: political, root: true}
              b: {name: B, kind: forum, reportsTo: a, establishedBy: a}
              c: {name: C, kind: working-group, reportsTo: b, establishedBy: b}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let reporting = context.reportingParents.map { $0.filter { context.isActive[$0] } }
        let setUp = context.establishingParents.map { $0.filter { context.isActive[$0] } }
        return cycles(in: reporting, context: context, lines: .reporting, references: \.reportsTo)
            + cycles(in: setUp, context: context, lines: .setUp, references: \.establishedBy)
    }

    /// One finding per strongly connected component that holds a cycle, showing one cycle through it.
    private func cycles(in edges: [[Int]], context: RuleContext, lines: FindingText.CycleLines,
                        references: KeyPath<Body, [Located<BodyID>]>) -> [Finding] {
        let active = context.isActive
        let components = StronglyConnectedComponents(edges: edges, include: active)
        var findings: [Finding] = []
        for component in components.components {
            let start = component.min()!
            guard component.count > 1 || edges[start].contains(start) else { continue }
            let path = StronglyConnectedComponents.shortestCycle(from: start, edges: edges, within: Set(component))
            let body = context.model.bodies[start]
            let next = path.count > 1 ? path[1] : start
            let location = body[keyPath: references].first { context.model.bodyPosition($0.value) == next }?.location ?? body.location
            // Where the cycle runs through several files of a workspace, each body is named with its file.
            let files = (path + [start]).map { context.model.file(declaring: context.model.bodies[$0].id.rawValue)?.path ?? "" }
            let text = FindingText.cycle(lines: lines, bodies: (path + [start]).map(context.name),
                                         linked: component.count > path.count ? component.count : nil, files: Set(files).count > 1 ? files : nil)
            findings.append(finding(text, bodies: path.map { context.model.bodies[$0].id }, at: location))
        }
        return findings
    }
}

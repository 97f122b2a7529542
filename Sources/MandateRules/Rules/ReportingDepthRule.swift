import MandateModel

/// Informs where a body sits more levels below its root than a threshold.
struct ReportingDepthRule: Rule {
    static let description = RuleDescription(
        identifier: "reporting-depth",
        name: "Reporting depth",
        summary: "No body sits more levels below its root than the threshold (`maximum`, default 5); one finding per body at the first level past it.",
        rationale: "Every level between a working group and the authority it serves slows decisions and thins out the mandate.",
        defaultSeverity: .info,
        options: [RuleOption(name: "maximum", defaultValue: 5, summary: "The most levels below a root a body may sit without a finding.")],
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: deep
            bodies:
              board: {name: Board, kind: political, root: true}
              a: {name: A, kind: steering-group, reportsTo: board}
              b: {name: B, kind: forum, reportsTo: a}
              ↓c: {name: C, kind: working-group, reportsTo: b}
            """, configuration: """
            rules:
              reporting-depth: {maximum: 2}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: shallow
            bodies:
              board: {name: Board, kind: political, root: true}
              a: {name: A, kind: steering-group, reportsTo: board}
              b: {name: B, kind: forum, reportsTo: a}
            """, configuration: """
            rules:
              reporting-depth: {maximum: 2}
            """)])

    let maximum: Int

    init(options: [String: Int]) {
        maximum = options["maximum"] ?? 5
    }

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        var depth = [Int](repeating: -1, count: bodies.count)
        var root = [Int](repeating: -1, count: bodies.count)
        var queue = bodies.indices.filter { context.isChecked[$0] && bodies[$0].isRoot }
        for position in queue { depth[position] = 0; root[position] = position }
        var findings: [Finding] = []
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for child in context.reportingChildren[node] where depth[child] < 0 {
                depth[child] = depth[node] + 1
                root[child] = root[node]
                if depth[child] == maximum + 1 {
                    findings.append(finding(
                        .reportingDepth(body: context.name(child), depth: depth[child], root: context.name(root[child]), maximum: maximum),
                        bodies: [bodies[child].id], at: bodies[child].location))
                }
                queue.append(child)
            }
        }
        return findings
    }
}

import MandateModel

/// The leaves a sheet stacks: under each parent, the bodies of one organisation (or, where the diagram boxes
/// files, of one file) that hang from it by their
/// only reporting line and have nothing below them, once there are ``LeafStack/minimum`` of them. Only dot
/// ranks, so only dot stacks.
struct LeafStacks {
    /// One stack: the parent's node, the leaves' nodes in model order, and how many columns they take.
    struct Stack {
        let parent: String
        let organisation: OrganisationID?
        let leaves: [String]
        let columns: Int

        /// The DOT name of the stack's outline.
        var clusterName: String { "cluster_stack_\(parent)_\(leaves[0])" }
        /// The invisible point the parent's line ends at: no body id begins with an underscore.
        var anchorName: String { "_stack_\(parent)_\(leaves[0])" }
    }

    let stacks: [Stack]
    /// The stack each stacked leaf belongs to, by node name.
    let stackOf: [String: Int]

    init(sheet: Sheet) {
        let view = sheet.view
        guard view.options.engine == .dot else {
            stacks = []
            stackOf = [:]
            return
        }
        var ranking: [String: Int] = [:]
        var parentOf: [String: String] = [:]
        for edge in view.edges where EdgeStyle.placement(edge.relation) != .sideways {
            ranking[edge.from, default: 0] += 1
            ranking[edge.to, default: 0] += 1
            if edge.relation == .reportsTo, view.marks.edges[edge] == nil { parentOf[edge.from] = edge.to }
        }
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for position in view.bodies {
            let body = view.model.bodies[position]
            let name = body.id.rawValue
            guard ranking[name] == 1, let parent = parentOf[name], view.marks.extraEdges.allSatisfy({ $0.edge.from != name }) else { continue }
            let box = view.options.clusters == .file ? view.model.file(declaring: name)?.model : body.organisation?.value.rawValue
            let key = parent + "\u{0}" + (box ?? "")
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(position)
        }
        var stacks: [Stack] = []
        for key in order {
            let group = groups[key]!
            guard group.count >= LeafStack.minimum else { continue }
            let bodies = group.map { view.model.bodies[$0] }
            let sizes = bodies.map { body in
                BodyLabel(body: body, view: view, note: sheet.notes[body.id]).estimatedSize(peripheries: NodeStyle.of(body.kind).peripheries)
            }
            let cell = PageSize(width: sizes.map(\.width).max()!, height: sizes.map(\.height).max()!)
            stacks.append(Stack(parent: parentOf[bodies[0].id.rawValue]!, organisation: bodies[0].organisation?.value,
                                leaves: bodies.map(\.id.rawValue), columns: LeafStack.columns(count: group.count, cell: cell, page: sheet.paper)))
        }
        self.stacks = stacks
        var stackOf: [String: Int] = [:]
        for (index, stack) in stacks.enumerated() { for leaf in stack.leaves { stackOf[leaf] = index } }
        self.stackOf = stackOf
    }

    /// The stack's outline and its leaves' node lines, with invisible edges that hold the columns.
    func cluster(_ stack: Stack, lines: [String: String], indent: String) -> String {
        var out = "\(indent)subgraph \(DOTText.quoted(stack.clusterName)) {\n"
        out += "\(indent)  style=\"dashed,rounded\"; color=\"#aaaaaa\"; label=\"\";\n"
        out += "\(indent)  \(DOTText.quoted(stack.anchorName)) [shape=point, style=invis, width=0.01, height=0.01, label=\"\"];\n"
        out += stack.leaves.compactMap { lines[$0] }.map { "\(indent)  \($0)\n" }.joined()
        for index in 0..<max(0, stack.leaves.count - stack.columns) {
            out += "\(indent)  \(DOTText.quoted(stack.leaves[index])) -> \(DOTText.quoted(stack.leaves[index + stack.columns])) [style=invis];\n"
        }
        // Each row reads left to right in model order.
        for row in stride(from: 0, to: stack.leaves.count, by: stack.columns) {
            let names = stack.leaves[row..<min(row + stack.columns, stack.leaves.count)].map(DOTText.quoted)
            guard names.count > 1 else { continue }
            out += "\(indent)  { rank=same; \(names.joined(separator: " -> ")) [style=invis]; }\n"
        }
        return out + "\(indent)}\n"
    }

    /// The line from the parent into the stack: drawn in the style of a reporting line to an invisible point
    /// at the top of the stack's outline, from which invisible edges rank the first row. (dot's `lhead`, which
    /// would end a line at the outline itself, asserts when the line's arrow is at its other end.)
    func parentEdges(_ stack: Stack, style: String) -> String {
        var out = "  \(DOTText.quoted(stack.parent)) -> \(DOTText.quoted(stack.anchorName)) [\(style)];\n"
        for leaf in stack.leaves.prefix(stack.columns) {
            out += "  \(DOTText.quoted(stack.anchorName)) -> \(DOTText.quoted(leaf)) [style=invis, minlen=1];\n"
        }
        return out
    }
}

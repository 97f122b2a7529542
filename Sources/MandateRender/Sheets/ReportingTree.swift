/// The bodies of a view as a forest: each body under its first reporting line (or, without one, the first
/// body that set it up, anchors it or takes its escalations), as an organisation chart hangs them. A line
/// that would close a loop is cut, so the forest is a forest whatever the model says.
struct ReportingTree {
    /// Model positions of the bodies with no parent in the view, in model order.
    let roots: [Int]
    /// Each body's children, by model position, in model order.
    let children: [Int: [Int]]
    /// Each body's parent, by model position.
    let parent: [Int: Int]

    init(view: DiagramView) {
        let model = view.model
        let drawn = Set(view.bodies)
        var candidates: [Int: Int] = [:]
        for edge in view.edges where EdgeStyle.placement(edge.relation) == .upward {
            guard let child = model.bodyPosition(.init(edge.from)), let parent = model.bodyPosition(.init(edge.to)),
                  drawn.contains(child), drawn.contains(parent), child != parent else { continue }
            if let existing = candidates[child], edge.relation != .reportsTo || Self.isReporting(existing, of: child, in: view) { continue }
            candidates[child] = parent
        }
        // Cut the first line of every loop, walking each body's ancestors once.
        var parent: [Int: Int] = [:]
        var settled = Set<Int>()
        for body in view.bodies where !settled.contains(body) {
            var path: [Int] = []
            var onPath = Set<Int>()
            var current = body
            while !settled.contains(current), onPath.insert(current).inserted {
                path.append(current)
                guard let next = candidates[current] else { break }
                current = next
            }
            if !settled.contains(current), candidates[path[path.count - 1]] == current { candidates[path[path.count - 1]] = nil }
            for node in path {
                if let next = candidates[node] { parent[node] = next }
                settled.insert(node)
            }
        }
        var children: [Int: [Int]] = [:]
        for body in view.bodies { if let up = parent[body] { children[up, default: []].append(body) } }
        self.parent = parent
        self.children = children
        roots = view.bodies.filter { parent[$0] == nil }
    }

    /// Whether the parent chosen so far for `child` is one it reports to.
    private static func isReporting(_ parent: Int, of child: Int, in view: DiagramView) -> Bool {
        let model = view.model
        return model.bodies[child].reportsTo.contains { $0.value == model.bodies[parent].id }
    }

    /// How many bodies hang below `body`, at every depth.
    func descendantCount(of body: Int) -> Int {
        var count = 0
        var stack = children[body] ?? []
        while let next = stack.popLast() {
            count += 1
            stack += children[next] ?? []
        }
        return count
    }

    /// Each body's level: 1 for a root, 2 for its children, and so on.
    func levels() -> [Int: Int] {
        var levels: [Int: Int] = [:]
        var frontier = roots
        var level = 1
        while !frontier.isEmpty {
            for body in frontier { levels[body] = level }
            frontier = frontier.flatMap { children[$0] ?? [] }
            level += 1
        }
        return levels
    }
}

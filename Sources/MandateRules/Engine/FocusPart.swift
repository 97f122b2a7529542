import MandateModel

/// The part of a model that the findings about some bodies need, on any date: the bodies, their siblings, every body
/// they name, their children, and everything above all of these; and, for a body cut off, everything below it.
struct FocusPart {
    let model: Model
    let focus: Set<Int>
    /// The bodies each body reports to, is anchored in or was set up by, on any date.
    private let up: [[Int]]
    /// The bodies that report to each body, are anchored in it or were set up by it, on any date.
    private let down: [[Int]]

    init(model: Model, focus: Set<Int>) {
        self.model = model
        self.focus = focus
        var up = [[Int]](repeating: [], count: model.bodies.count)
        var down = [[Int]](repeating: [], count: model.bodies.count)
        // Read in place: a structure of 100,000 bodies is not copied for the sixty an editor has open.
        for position in model.bodies.indices {
            var lines: [Int] = []
            func add(_ references: [Located<BodyID>]) {
                for reference in references { if let parent = model.bodyPosition(reference.value), !lines.contains(parent) { lines.append(parent) } }
            }
            add(model.bodies[position].reportsTo)
            add(model.bodies[position].anchoredIn)
            add(model.bodies[position].establishedBy)
            for change in model.bodies[position].changes {
                add(change.values.reportsTo)
                add(change.values.anchoredIn)
                add(change.values.establishedBy)
            }
            for parent in lines { down[parent].append(position) }
            up[position] = lines
        }
        self.up = up
        self.down = down
    }

    /// The positions of the part, in order; `subtrees` adds everything below those bodies.
    func positions(below subtrees: [Int] = []) -> [Int] {
        var subjects = focus
        for position in focus { for parent in up[position] { subjects.formUnion(down[parent]) } }
        var part = subjects
        for position in subjects {
            let versions = [model.bodies[position]] + model.bodies[position].changes.map(\.values)
            part.formUnion(versions.flatMap(StructureState.references).compactMap(model.bodyPosition))
            part.formUnion(down[position])
        }
        // Below the subtrees' tops, whether or not a body is in the part already.
        var pending = subtrees
        var seen = Set(subtrees)
        while let position = pending.popLast() {
            part.insert(position)
            for child in down[position] where seen.insert(child).inserted { pending.append(child) }
        }
        pending = Array(part)
        while let position = pending.popLast() {
            for parent in up[position] where part.insert(parent).inserted { pending.append(parent) }
        }
        return part.sorted()
    }

    /// Whether a finding is about a body of the focus.
    func isAbout(_ finding: Finding) -> Bool {
        finding.bodies.first.flatMap(model.bodyPosition).map(focus.contains) ?? false
    }
}

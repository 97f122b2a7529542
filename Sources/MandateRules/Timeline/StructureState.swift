import MandateModel

/// A model's relations as they stand on one date, moved forward one change date at a time. It tells which
/// bodies a move can alter the findings of, and which bodies a check of those needs beside them.
struct StructureState {
    let model: Model
    /// The date it stands at.
    private(set) var day: Day
    /// Each body as it stands on ``day`` (``Body/on(_:)``).
    private(set) var bodies: [Body]
    private(set) var isActive: [Bool]
    /// The bodies each body reports to, is anchored in or was set up by, by position: the lines a cycle,
    /// a root and a depth are found along.
    private(set) var up: [[Int]]
    /// The reverse of ``up``.
    private(set) var down: [[Int]]
    /// The bodies that name each body in any relation on any date.
    private let referencers: [[Int]]

    init(model: Model, day: Day) {
        self.model = model
        self.day = day
        bodies = model.bodies.map { $0.on(day) }
        isActive = model.bodies.map { $0.isActive(on: day) }
        up = bodies.map { Self.upward(of: $0, in: model) }
        var down = [[Int]](repeating: [], count: bodies.count)
        var referencers = [[Int]](repeating: [], count: bodies.count)
        for position in bodies.indices {
            for parent in up[position] { down[parent].append(position) }
            let body = model.bodies[position]
            let named = Set(([body] + body.changes.map(\.values)).flatMap(Self.references).compactMap(model.bodyPosition))
            for target in named.sorted() { referencers[target].append(position) }
        }
        self.down = down
        self.referencers = referencers
    }

    /// Moves to `day`, on which the bodies at `changed` change, and returns the bodies whose findings the move
    /// can alter: those that change, those that name them, what lies above them before and after, their siblings,
    /// and everything below them and below those that name them.
    mutating func move(to day: Day, changing changed: [Int]) -> Set<Int> {
        var affected = Set(changed)
        lift(changed, into: &affected)
        for position in changed { for parent in up[position] { affected.formUnion(down[parent]) } }
        self.day = day
        for position in changed {
            bodies[position] = model.bodies[position].on(day)
            isActive[position] = model.bodies[position].isActive(on: day)
            for parent in up[position] { down[parent].removeAll { $0 == position } }
            up[position] = Self.upward(of: bodies[position], in: model)
            for parent in up[position] { down[parent].append(position) }
        }
        lift(changed, into: &affected)
        for position in changed { for parent in up[position] { affected.formUnion(down[parent]) } }
        let touched = changed + changed.flatMap { referencers[$0] }
        affected.formUnion(touched)
        lower(touched, into: &affected)
        return affected
    }

    /// The bodies a check of `affected` needs: those, the bodies they name and report to, their children, and
    /// everything above all of these, so that roots, depths and cycles come out as in the whole model.
    /// `subtrees` adds everything below those bodies, to count what a cut-off body takes with it.
    func checkedPart(of affected: Set<Int>, subtrees: [Int] = []) -> [Int] {
        var part = affected
        for position in affected {
            part.formUnion(Self.references(of: bodies[position]).compactMap(model.bodyPosition))
            part.formUnion(down[position])
        }
        lower(subtrees, into: &part)
        lift(Array(part), into: &part)
        return part.sorted()
    }

    /// The bodies that name `position` on some date.
    func referencers(of position: Int) -> [Int] { referencers[position] }

    /// Adds everything above `start` (by ``up``) to `set`.
    private func lift(_ start: [Int], into set: inout Set<Int>) {
        var pending = start
        while let position = pending.popLast() {
            for parent in up[position] where set.insert(parent).inserted { pending.append(parent) }
        }
    }

    /// Adds everything below `start` (by ``down``) to `set`.
    private func lower(_ start: [Int], into set: inout Set<Int>) {
        var pending = start
        var seen = Set(start)
        while let position = pending.popLast() {
            set.insert(position)
            for child in down[position] where seen.insert(child).inserted { pending.append(child) }
        }
    }

    static func upward(of body: Body, in model: Model) -> [Int] {
        (body.reportsTo + body.anchoredIn + body.establishedBy).compactMap { model.bodyPosition($0.value) }
    }

    /// Every body a body names, by id.
    static func references(of body: Body) -> [BodyID] {
        (body.reportsTo + body.establishedBy + body.anchoredIn + body.commissionedBy + body.escalatesTo + body.counterparts
            + body.predecessors).map(\.value) + (body.successor.map { [$0.value] } ?? [])
            + body.adHoc.compactMap { if case .body(let id) = $0.value { id } else { nil } }
    }
}

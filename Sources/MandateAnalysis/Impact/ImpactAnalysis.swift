import MandateDiff
import MandateModel
import MandateRules

/// A change tried on a structure in memory: the structure after it, the comparison of before and after (the
/// changes, and the findings the change introduces and resolves, as `mandate diff` reports them), and every
/// body alive at the date that reaches a root before and no longer after.
public struct ImpactAnalysis: Sendable {
    /// The structure with the change applied: a file to edit further.
    public let after: Model
    /// Before against after, both at the date.
    public let report: DiffReport
    /// Bodies that no longer reach a root (a body with `root: true`, or one outside the structure) through their
    /// reporting lines, or their anchoring where they report to none; in model order.
    public let cutOff: [BodyID]

    /// Applies `change` to `model` and compares the two at `date` with `checker`'s rules.
    public init(_ model: Model, change: StructureChange, at date: Day, checker: Checker = Checker()) {
        let removed = Set(change.removed.map(EntityID.body))
        let parents = Dictionary(change.moved.map { ($0.body, $0.parent) }, uniquingKeysWith: { _, last in last })
        let bodies = model.bodies.filter { !removed.contains(.body($0.id)) }.map { body -> Body in
            var body = body.dropping(removed)
            if let parent = parents[body.id] { body.reportsTo = [Located(parent, at: body.location)] }
            return body
        }
        after = Self.model(model, bodies: bodies)
        // One version against itself: ids are the same on both sides, and lineage to earlier versions says nothing here.
        let withoutLineage = { (model: Model) in
            Self.model(model, bodies: model.bodies.map { body in
                var body = body
                (body.predecessors, body.formerly) = ([], [])
                return body
            })
        }
        report = Differ(checker: checker).compare(withoutLineage(model), withoutLineage(after), beforeDate: date, afterDate: date)
        let (reachedBefore, reachedAfter) = (Self.reachingRoot(model, at: date), Self.reachingRoot(after, at: date))
        cutOff = after.bodies.map(\.id).filter { reachedBefore.contains($0) && !reachedAfter.contains($0) }
    }

    /// `model` with other bodies.
    static func model(_ model: Model, bodies: [Body]) -> Model {
        Model(id: model.id, title: model.title, source: model.source, date: model.date, language: model.language, file: model.file,
              organisations: model.organisations, units: model.units, roles: model.roles, bodies: bodies, kinds: model.kinds, files: model.files)
    }

    /// The bodies alive at `date` that reach a root: a body with `root: true` or outside the structure, or one whose
    /// upward line (its reporting lines, or its anchoring where it reports to none) leads to such a body.
    public static func reachingRoot(_ model: Model, at date: Day) -> Set<BodyID> {
        let context = RuleContext(model: model, date: date)
        let bodies = context.model.bodies
        var below = [[Int]](repeating: [], count: bodies.count)
        for position in bodies.indices where context.isActive[position] {
            for parent in context.upwardLines[position] { below[parent].append(position) }
        }
        var reached = Set<Int>()
        var pending = bodies.indices.filter { context.isActive[$0] && (bodies[$0].isRoot || bodies[$0].isExternal) }
        reached.formUnion(pending)
        while let position = pending.popLast() {
            for child in below[position] where reached.insert(child).inserted { pending.append(child) }
        }
        return Set(reached.map { bodies[$0].id })
    }
}

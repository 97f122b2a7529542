import MandateModel

/// A model at a date of evaluation, with the graph every rule needs computed once: which bodies are
/// present, and the reporting lines between them by position in ``Model/bodies``.
public struct RuleContext: Sendable {
    public let model: Model
    /// The date of evaluation.
    public let date: Day
    /// Whether each body exists at ``date`` (inside its validity).
    public let isActive: [Bool]
    /// Whether each body is part of the structure under check: active and not external.
    public let isChecked: [Bool]
    /// The positions of the bodies each body reports to, one per `reportsTo` entry.
    public let reportingParents: [[Int]]
    /// The positions of the bodies that set each body up, one per `establishedBy` entry.
    public let establishingParents: [[Int]]
    /// The positions of the bodies each body is anchored in, one per `anchoredIn` entry.
    public let anchoringParents: [[Int]]
    /// For each active body, the active bodies that report to it.
    public let reportingChildren: [[Int]]
    /// The upward line used to find a body's root: its reporting lines or, for a body with none, its
    /// political anchoring; only active targets count.
    public let upwardLines: [[Int]]

    /// Computes the graph of `model` as it stands at `date` (``Model/on(_:)``).
    public init(model: Model, date: Day) {
        let model = model.on(date)
        self.model = model
        self.date = date
        let bodies = model.bodies
        // By position rather than `bodies.map`, which would copy every body for each map.
        let isActive = bodies.indices.map { bodies[$0].isActive(on: date) }
        self.isActive = isActive
        isChecked = bodies.indices.map { isActive[$0] && !bodies[$0].isExternal }
        let positions: ([Located<BodyID>]) -> [Int] = { references in references.compactMap { model.bodyPosition($0.value) } }
        reportingParents = bodies.indices.map { positions(bodies[$0].reportsTo) }
        establishingParents = bodies.indices.map { positions(bodies[$0].establishedBy) }
        anchoringParents = bodies.indices.map { positions(bodies[$0].anchoredIn) }
        var children = [[Int]](repeating: [], count: bodies.count)
        var upward = [[Int]](repeating: [], count: bodies.count)
        for position in bodies.indices where isActive[position] {
            for parent in reportingParents[position] where isActive[parent] {
                children[parent].append(position)
            }
            let lines = reportingParents[position].isEmpty ? anchoringParents[position] : reportingParents[position]
            upward[position] = lines.filter { isActive[$0] }
        }
        reportingChildren = children
        upwardLines = upward
    }

    /// A body's name, as it stood on the date, for messages.
    public func name(_ position: Int) -> String {
        model.bodies[position].name
    }

    /// A body absent at the date, and when it exists, as a message names it.
    public func absentBody(_ position: Int) -> FindingText.AbsentBody {
        FindingText.AbsentBody(name: name(position), date: date, validity: model.bodies[position].validity)
    }

    /// A role's title, or its id where the model has no such role.
    public func title(_ role: RoleID) -> String {
        model.role(role)?.title ?? role.rawValue
    }

    /// Whether a body holds regular meetings: it has a cadence, or its kind is one that meets
    /// (forum, committee, council, steering group, working group).
    public func meets(_ body: Body) -> Bool {
        meets(cadence: body.cadence, kind: body.kind)
    }

    /// Whether the body at `position` holds regular meetings, read in place.
    public func meets(_ position: Int) -> Bool {
        meets(cadence: model.bodies[position].cadence, kind: model.bodies[position].kind)
    }

    private func meets(cadence: String?, kind: BodyKind) -> Bool {
        if cadence != nil { return true }
        switch kind {
        case .forum, .committee, .council, .steeringGroup, .workingGroup: return true
        case .political, .executive, .cluster, .alliance: return false
        }
    }
}

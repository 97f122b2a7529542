import MandateModel

/// What one diagram of a model draws: which bodies and staff units, and which edges between them, in the
/// model's order so that the same model and options always give the same DOT.
public struct DiagramView: Sendable {
    public let model: Model
    public let options: DiagramOptions
    /// Positions in ``Model/bodies`` of the bodies drawn.
    public let bodies: [Int]
    /// The units drawn, as secretariats of the bodies drawn.
    public let units: [UnitID]
    package let edges: [DiagramEdge]
    /// What a comparison marks as added, removed or changed.
    package let marks: DiagramMarks

    /// The view of `model` that `options` ask for, with a comparison's `marks`; `nil` when the focus names no body.
    package init?(model: Model, options: DiagramOptions, marks: DiagramMarks = .none) {
        let model = options.date.map(model.on) ?? model
        self.model = model
        self.options = options
        self.marks = marks
        var all = Self.edges(of: model, scope: options.scope, marks: marks) + marks.extraEdges.map(\.edge)
        var included = Set(model.bodies.indices)
        if options.scope == .reporting {
            let connected = Set(all.flatMap { [$0.from, $0.to] })
            included = included.filter { !model.bodies[$0].isExternal || connected.contains(model.bodies[$0].id.rawValue) }
        }
        if let focus = options.focus {
            guard let start = model.bodyPosition(focus) else { return nil }
            included = Self.neighbourhood(of: start, depth: options.depth, model: model, edges: all)
        }
        let names = Set(included.map { model.bodies[$0].id.rawValue })
        all = all.filter { edge in
            names.contains(edge.to) && (names.contains(edge.from) || (edge.relation == .secretariat && names.contains(edge.to)))
        }
        bodies = included.sorted()
        var seenUnits = Set<UnitID>()
        units = all.compactMap { edge in
            guard edge.relation == .secretariat else { return nil }
            return seenUnits.insert(UnitID(edge.from)).inserted ? UnitID(edge.from) : nil
        }
        edges = all
    }

    /// The same view drawing only the bodies at `positions` (model positions), the edges between them and,
    /// `withUnits`, the units that serve them.
    public func restricted(to positions: some Sequence<Int>, withUnits: Bool = true) -> DiagramView {
        let kept = Set(positions)
        let names = Set(kept.map { model.bodies[$0].id.rawValue })
        let edges = edges.filter { names.contains($0.to) && (names.contains($0.from) || ($0.relation == .secretariat && withUnits)) }
        let served = Set(edges.filter { $0.relation == .secretariat }.map(\.from))
        return DiagramView(model: model, options: options, marks: marks, bodies: bodies.filter(kept.contains),
                           units: units.filter { served.contains($0.rawValue) }, edges: edges)
    }

    private init(model: Model, options: DiagramOptions, marks: DiagramMarks, bodies: [Int], units: [UnitID], edges: [DiagramEdge]) {
        self.model = model
        self.options = options
        self.marks = marks
        self.bodies = bodies
        self.units = units
        self.edges = edges
    }

    /// Every edge the scope draws, in model order; of a body marked removed, only its secretariat.
    private static func edges(of model: Model, scope: DiagramScope, marks: DiagramMarks) -> [DiagramEdge] {
        var edges: [DiagramEdge] = []
        for body in model.bodies {
            let id = body.id.rawValue
            if marks.nodes[id] == .removed {
                edges += body.secretariat.compactMap { entry in
                    guard case .unit(let unit) = entry.value else { return nil }
                    return DiagramEdge(from: unit.rawValue, to: id, relation: .secretariat)
                }
                continue
            }
            let established = Set(body.establishedBy.map(\.value))
            for parent in body.reportsTo {
                edges.append(DiagramEdge(from: id, to: parent.value.rawValue, relation: .reportsTo,
                                         alsoEstablished: scope == .full && established.contains(parent.value)))
            }
            if scope == .reporting {
                if body.reportsTo.isEmpty {
                    edges += body.anchoredIn.map { DiagramEdge(from: id, to: $0.value.rawValue, relation: .anchoredIn) }
                }
                continue
            }
            let reporting = Set(body.reportsTo.map(\.value))
            edges += body.establishedBy.filter { !reporting.contains($0.value) }
                .map { DiagramEdge(from: id, to: $0.value.rawValue, relation: .establishedBy) }
            edges += body.anchoredIn.map { DiagramEdge(from: id, to: $0.value.rawValue, relation: .anchoredIn) }
            edges += body.secretariat.compactMap { entry in
                guard case .unit(let unit) = entry.value else { return nil }
                return DiagramEdge(from: unit.rawValue, to: id, relation: .secretariat)
            }
            edges += body.commissionedBy.map { DiagramEdge(from: $0.value.rawValue, to: id, relation: .commissionedBy) }
            edges += body.escalatesTo.map { DiagramEdge(from: id, to: $0.value.rawValue, relation: .escalatesTo) }
            edges += body.counterparts.map { DiagramEdge(from: id, to: $0.value.rawValue, relation: .counterpart) }
            if let successor = body.successor {
                edges.append(DiagramEdge(from: id, to: successor.value.rawValue, relation: .successor))
            }
        }
        return edges
    }

    /// The bodies within `depth` edges of `start`, following edges both ways.
    private static func neighbourhood(of start: Int, depth: Int, model: Model, edges: [DiagramEdge]) -> Set<Int> {
        var neighbours: [String: [String]] = [:]
        for edge in edges where edge.relation != .secretariat {
            neighbours[edge.from, default: []].append(edge.to)
            neighbours[edge.to, default: []].append(edge.from)
        }
        var reached: Set<String> = [model.bodies[start].id.rawValue]
        var frontier = [model.bodies[start].id.rawValue]
        for _ in 0..<max(0, depth) {
            frontier = frontier.flatMap { neighbours[$0] ?? [] }.filter { reached.insert($0).inserted }
        }
        return Set(reached.compactMap { model.bodyPosition(BodyID($0)) })
    }
}

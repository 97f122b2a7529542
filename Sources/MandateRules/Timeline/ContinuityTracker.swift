import MandateModel

/// Follows each living body's parent, chair and secretariat from one date to the next, and reports every
/// span in which one is missing between two dates on which it is there.
struct ContinuityTracker {
    /// What fills each relation of each body now, by name; `nil` where the body is not living.
    private var holders: [[ContinuityRelation: [String]]?]
    /// For each body and relation that is missing now: since when, and what filled it the day before.
    private var open: [Int: [ContinuityRelation: (from: Day, before: [String])]] = [:]
    private(set) var gaps: [ContinuityGap] = []

    init(_ state: StructureState) {
        holders = state.bodies.indices.map { Self.holders(of: $0, in: state) }
    }

    /// Takes in the move of `state` to its date, on which the bodies at `changed` change.
    mutating func update(_ state: StructureState, changing changed: [Int]) {
        var seen = Set<Int>()
        for position in changed + changed.flatMap(state.referencers(of:)) where seen.insert(position).inserted {
            let now = Self.holders(of: position, in: state)
            defer { holders[position] = now }
            guard let now else {
                open[position] = nil
                continue
            }
            guard let earlier = holders[position] else { continue }
            for relation in ContinuityRelation.allCases {
                let (had, has) = (earlier[relation] ?? [], now[relation] ?? [])
                if !had.isEmpty, has.isEmpty {
                    open[position, default: [:]][relation] = (state.day, had)
                } else if had.isEmpty, !has.isEmpty, let gap = open[position]?.removeValue(forKey: relation) {
                    let body = state.bodies[position]
                    gaps.append(ContinuityGap(body: body.id, name: body.name, relation: relation, period: Period(from: gap.from, until: state.day.previous),
                                              before: gap.before, after: has, location: body.location))
                }
            }
        }
    }

    /// What fills each relation of the body at `position`, by name, or `nil` where it is not living; a root
    /// and a body outside the structure need no parent.
    private static func holders(of position: Int, in state: StructureState) -> [ContinuityRelation: [String]]? {
        let body = state.bodies[position]
        guard state.isActive[position], !body.isExternal else { return nil }
        let model = state.model
        let lines = body.reportsTo.isEmpty ? body.anchoredIn : body.reportsTo
        let parents = body.isRoot ? [body.name] : lines.compactMap { model.bodyPosition($0.value) }.filter { state.isActive[$0] }.map { model.bodies[$0].name }
        let chairs = (body.chair.map { [$0] } ?? body.coChairs).map { model.displayName(of: .role($0.value)) }
        return [.parent: parents, .chair: chairs, .secretariat: body.secretariat.map { model.displayName(of: $0.value) }]
    }
}

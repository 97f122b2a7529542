import MandateModel

/// The relations a diagram draws as edges, each in its own style.
package enum Relation: String, Sendable, CaseIterable, Comparable {
    case reportsTo = "reports to"
    case establishedBy = "set up by"
    case anchoredIn = "anchored in"
    case secretariat = "secretariat"
    case commissionedBy = "may commission"
    case escalatesTo = "escalates to"
    case counterpart = "counterpart"
    case successor = "continued by"
    /// In a comparison: a body merged into, or split into, another.
    case became = "became"

    /// The elements this relation links `body` to, as its entry names them: what a diagram draws as this
    /// relation's edges at the body, and what the body's card lists under it.
    public func targets(of body: Body) -> [EntityID] {
        switch self {
        case .reportsTo: body.reportsTo.map { .body($0.value) }
        case .establishedBy: body.establishedBy.map { .body($0.value) }
        case .anchoredIn: body.anchoredIn.map { .body($0.value) }
        case .secretariat: body.secretariat.map(\.value)
        case .commissionedBy: body.commissionedBy.map { .body($0.value) }
        case .escalatesTo: body.escalatesTo.map { .body($0.value) }
        case .counterpart: body.counterparts.map { .body($0.value) }
        case .successor: body.successor.map { [.body($0.value)] } ?? []
        case .became: []
        }
    }

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

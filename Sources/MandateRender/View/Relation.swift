/// The relations a diagram draws as edges, each in its own style.
public enum Relation: String, Sendable, CaseIterable, Comparable {
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

    public static func < (lhs: Relation, rhs: Relation) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

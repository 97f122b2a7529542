/// An identifier that may name any kind of element: used where a slot accepts several kinds,
/// such as a secretariat (units or organisations) or ad-hoc participants (roles, bodies, units, organisations).
public enum EntityID: Hashable, Sendable, Comparable, CustomStringConvertible {
    case organisation(OrganisationID)
    case unit(UnitID)
    case role(RoleID)
    case body(BodyID)

    /// The identifier `text` of an element of `kind`.
    package init(_ kind: EntityKind, _ text: String) {
        switch kind {
        case .organisation: self = .organisation(OrganisationID(text))
        case .unit: self = .unit(UnitID(text))
        case .role: self = .role(RoleID(text))
        case .body: self = .body(BodyID(text))
        }
    }

    /// The identifier's text, whatever its kind.
    public var rawValue: String {
        switch self {
        case .organisation(let id): id.rawValue
        case .unit(let id): id.rawValue
        case .role(let id): id.rawValue
        case .body(let id): id.rawValue
        }
    }

    /// The kind of element the identifier names.
    package var kind: EntityKind {
        switch self {
        case .organisation: .organisation
        case .unit: .unit
        case .role: .role
        case .body: .body
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: EntityID, rhs: EntityID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

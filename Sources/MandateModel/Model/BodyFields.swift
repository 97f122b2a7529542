/// The stored properties of a ``Body``, kept in one ``BodyStorage`` so that copying a body costs one retain.
struct BodyFields: Hashable, Sendable {
    var id: BodyID
    var name: String
    var aliases: [String] = []
    var kind: BodyKind
    var organisation: Located<OrganisationID>?
    var isRoot: Bool = false
    var isExternal: Bool = false
    var count: Int = 1
    var reportsTo: [Located<BodyID>] = []
    var establishedBy: [Located<BodyID>] = []
    var anchoredIn: [Located<BodyID>] = []
    var chair: Located<RoleID>?
    var coChairs: [Located<RoleID>] = []
    var secretariat: [Located<EntityID>] = []
    var members: [Membership] = []
    var adHoc: [Located<EntityID>] = []
    var commissionedBy: [Located<BodyID>] = []
    var escalatesTo: [Located<BodyID>] = []
    var counterparts: [Located<BodyID>] = []
    var validity: Validity = .always
    var successor: Located<BodyID>?
    var lapses: Bool = false
    var predecessors: [Located<BodyID>] = []
    var formerly: [String] = []
    var cadence: String?
    var review: Day?
    var source: String?
    var note: String?
    var location: SourceLocation
}

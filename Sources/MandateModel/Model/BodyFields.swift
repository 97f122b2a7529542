/// The stored properties of a ``Body``, kept in one ``BodyStorage`` so that copying a body costs one retain.
struct BodyFields: Hashable, Sendable {
    var id: BodyID
    var name: String
    var kind: BodyKind
    var organisation: Located<OrganisationID>?
    var isRoot: Bool = false
    var reportsTo: [Located<BodyID>] = []
    var chair: Located<RoleID>?
    var secretariat: [Located<EntityID>] = []
    var members: [Membership] = []
    var validity: Validity = .always
    var cadence: String?
    var source: String?
    var location: SourceLocation
    /// The fields most bodies leave empty.
    var rare = RareBodyFieldsBox()
}

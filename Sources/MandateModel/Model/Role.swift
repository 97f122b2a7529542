/// A post, such as a director or a chair of an association; people are never named, only posts.
public struct Role: Hashable, Sendable {
    public let id: RoleID
    public let title: String
    public let organisation: Located<OrganisationID>?
    /// The staff unit the post belongs to, if any.
    public let unit: Located<UnitID>?
    /// Free text, for what the source says beyond the title.
    public let note: String?
    /// Where the role's id is written.
    public let location: SourceLocation

    /// Creates a role.
    public init(id: RoleID, title: String, organisation: Located<OrganisationID>?, unit: Located<UnitID>?,
                note: String?, location: SourceLocation) {
        self.id = id
        self.title = title
        self.organisation = organisation
        self.unit = unit
        self.note = note
        self.location = location
    }
}

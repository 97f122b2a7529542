/// A post, such as a director or a chair of an association; people are never named, only posts.
public struct Role: Hashable, Sendable {
    public var id: RoleID
    public var title: String
    public var organisation: Located<OrganisationID>?
    /// The staff unit the post belongs to, if any.
    public var unit: Located<UnitID>?
    /// Free text, for what the source says beyond the title.
    public var note: String?
    /// The people who have held the post, if the model names them.
    public var holders: [Holder] = []
    /// Where the role's id is written.
    public var location: SourceLocation

    /// Who holds the post on `day`: the holder whose time covers it, `nil` if none is named.
    public func holder(on day: Day) -> Holder? {
        holders.last { holder in (holder.from.map { $0 <= day } ?? true) && (holder.until.map { day <= $0 } ?? true) }
    }

    /// The post as it stands on `day`: held by the person who held it then, if the model names one.
    public func on(_ day: Day) -> Role {
        var role = self
        role.holders = holder(on: day).map { [$0] } ?? []
        return role
    }

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

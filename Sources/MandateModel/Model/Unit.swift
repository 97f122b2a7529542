/// A staff function that can serve as a body's secretariat.
public struct Unit: Hashable, Sendable {
    public var id: UnitID
    public var name: String
    /// A short form for diagrams, such as `SSP Plan`.
    public var short: String?
    public var organisation: Located<OrganisationID>?
    /// Where the unit's id is written.
    public var location: SourceLocation

    /// Creates a unit.
    public init(id: UnitID, name: String, short: String?, organisation: Located<OrganisationID>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.short = short
        self.organisation = organisation
        self.location = location
    }
}

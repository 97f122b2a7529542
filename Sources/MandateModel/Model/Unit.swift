/// A staff function that can serve as a body's secretariat.
public struct Unit: Hashable, Sendable {
    public let id: UnitID
    public let name: String
    /// A short form for diagrams, such as `SSP Plan`.
    public let short: String?
    public let organisation: Located<OrganisationID>?
    /// Where the unit's id is written.
    public let location: SourceLocation

    /// Creates a unit.
    public init(id: UnitID, name: String, short: String?, organisation: Located<OrganisationID>?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.short = short
        self.organisation = organisation
        self.location = location
    }
}

/// An organisation such as a region, a municipality or the state; diagrams draw it as a cluster.
public struct Organisation: Hashable, Sendable {
    public var id: OrganisationID
    public var name: String
    public var kind: OrganisationKind
    /// Where the organisation's id is written.
    public var location: SourceLocation

    /// Creates an organisation.
    public init(id: OrganisationID, name: String, kind: OrganisationKind, location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.location = location
    }
}

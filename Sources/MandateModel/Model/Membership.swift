/// A permanent member of a body: a role, how many hold a seat, and what the source says of them.
public struct Membership: Hashable, Sendable {
    public let role: Located<RoleID>
    /// How many seats the role holds; `nil` where the source gives no number.
    public let count: Int?
    public let note: String?

    /// Creates a membership.
    public init(role: Located<RoleID>, count: Int?, note: String?) {
        self.role = role
        self.count = count
        self.note = note
    }
}

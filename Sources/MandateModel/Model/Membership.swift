/// A permanent member of a body: a role, how many hold a seat, and what the source says of them.
public struct Membership: Hashable, Sendable {
    public let role: Located<RoleID>
    /// How many seats the role holds; `nil` where the source gives no number.
    public let count: Int?
    public let note: String?
    /// The titled seat the role holds, if any.
    public let seat: Seat?
    /// A title the source gives the seat in its own words.
    public let title: String?

    /// Creates a membership.
    public init(role: Located<RoleID>, count: Int?, note: String?, seat: Seat? = nil, title: String? = nil) {
        self.role = role
        self.count = count
        self.note = note
        self.seat = seat
        self.title = title
    }
}

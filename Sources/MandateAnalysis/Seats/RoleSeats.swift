import MandateModel

/// Where one role sits at a date: its seats in the bodies alive then, its ad hoc invitations apart, and the
/// meetings a year the seats cost it.
public struct RoleSeats: Hashable, Sendable {
    public let role: RoleID
    public let title: String
    /// The person who holds the post at the date, where the model names one (never with holders left out).
    public let holder: String?
    /// One per body, the highest seat where a role is both chair and member; in model order.
    public let seats: [SeatHeld]
    /// Bodies that invite the role ad hoc; not counted in its meetings.
    public let adHoc: [BodyID]

    /// The meetings a year of its bodies, each once.
    public let meetingsPerYear: Int

    /// The seats of `role`; its meetings a year are its bodies' meetings.
    public init(role: RoleID, title: String, holder: String?, seats: [SeatHeld], adHoc: [BodyID]) {
        self.role = role
        self.title = title
        self.holder = holder
        self.seats = seats
        self.adHoc = adHoc
        meetingsPerYear = seats.reduce(0) { $0 + $1.meetingsPerYear }
    }
}

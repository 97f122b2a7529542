import MandateModel

/// One seat a role holds in one body: as chair, co-chair or member (with the member's titled seat, if any).
public struct SeatHeld: Hashable, Sendable {
    /// How a role sits in a body.
    public enum Kind: String, Hashable, Sendable {
        case chair
        case coChair = "co-chair"
        case member
    }

    public let body: BodyID
    public let kind: Kind
    /// A member's titled seat (vice-chair, observer, …), if the model gives one.
    public let seat: Seat?
    /// The seat's title in the source's own words, if the model gives one.
    public let title: String?
    /// The body's meetings a year, from its cadence.
    public let meetingsPerYear: Int
}

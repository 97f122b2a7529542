import MandateModel

/// Two bodies whose members are nearly the same: a candidate for a merger.
public struct OverlapPair: Hashable, Sendable {
    /// The two bodies, in model order.
    public let bodies: [BodyID]
    /// The Jaccard similarity of their member sets: shared members over all members of either.
    public let jaccard: Double
    /// The members both have, by id.
    public let shared: [RoleID]
    /// The nearest body both reach by their reporting lines (or anchoring), if any.
    public let commonParent: BodyID?
}

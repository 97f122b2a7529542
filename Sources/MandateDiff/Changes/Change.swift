import MandateModel

/// One difference between the model before a reorganisation and the model after it.
///
/// Ids are those of the after model wherever the body exists there, and of the before model otherwise;
/// `old` and `new` hold the values on each side (ids for references, text for names and dates).
public struct Change: Hashable, Sendable, Comparable {
    public let kind: ChangeKind
    /// The body the change is about.
    public let body: BodyID
    /// The other bodies involved: the bodies merged, or the bodies split into.
    public let bodies: [BodyID]
    public let old: [String]
    public let new: [String]
    /// The change's place in the plan: the body's position in the after model, or in the before model.
    public let order: Int

    /// Creates a change.
    public init(_ kind: ChangeKind, body: BodyID, bodies: [BodyID] = [], old: [String] = [], new: [String] = [], order: Int) {
        self.kind = kind
        self.body = body
        self.bodies = bodies
        self.old = old
        self.new = new
        self.order = order
    }

    /// The same change seen from the other side, for comparing A → B with B → A.
    public var mirrored: Change {
        Change(kind.mirrored, body: body, bodies: bodies, old: new, new: old, order: 0)
    }

    /// Grouped by kind, the structural kinds first (merges, splits, additions, removals, starts and ends),
    /// and within a kind in model order.
    public static func < (lhs: Change, rhs: Change) -> Bool {
        if (lhs.kind, lhs.order, lhs.body) != (rhs.kind, rhs.order, rhs.body) {
            return (lhs.kind, lhs.order, lhs.body) < (rhs.kind, rhs.order, rhs.body)
        }
        return (lhs.old + ["|"] + lhs.new).lexicographicallyPrecedes(rhs.old + ["|"] + rhs.new)
    }
}

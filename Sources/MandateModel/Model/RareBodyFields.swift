/// The fields of a ``Body`` that most bodies leave empty, kept out of line (``RareBodyFieldsBox``) so that
/// a typical body stays small.
struct RareBodyFields: Hashable, Sendable {
    var aliases: [String] = []
    var isExternal: Bool = false
    var count: Int = 1
    var establishedBy: [Located<BodyID>] = []
    var anchoredIn: [Located<BodyID>] = []
    var coChairs: [Located<RoleID>] = []
    var adHoc: [Located<EntityID>] = []
    var commissionedBy: [Located<BodyID>] = []
    var escalatesTo: [Located<BodyID>] = []
    var counterparts: [Located<BodyID>] = []
    var successor: Located<BodyID>?
    var lapses: Bool = false
    var predecessors: [Located<BodyID>] = []
    var formerly: [String] = []
    var review: Day?
    var note: String?

    /// Every field empty, as most bodies have them.
    static let empty = RareBodyFields()
}

/// A governance body (forum, committee, steering group, council, working group, …) and every relation
/// its terms of reference give it.
///
/// References are resolved at load time: each names an element that exists in the model (aliases are
/// replaced by the body's id) and keeps the location where it was written.
public struct Body: Hashable, Sendable {
    public var id: BodyID
    public var name: String
    /// Other names the sources use for the same body; references may use them.
    public var aliases: [String] = []
    /// The built-in kind it is, or behaves like when it is of one of the model's own kinds.
    public var kind: BodyKind
    /// The id of the model's own kind the body is of (``Model/kinds``), if any.
    public var ownKind: String?
    /// Names it carried before, which may repeat across bodies.
    public var formerNames: [FormerName] = []
    public var organisation: Located<OrganisationID>?
    /// A declared authority (political or legal) that needs no reporting line.
    public var isRoot = false
    /// A body outside the structure, named only for its relations (a counterpart in another region, say).
    public var isExternal = false
    /// How many alike bodies this entry stands for (the five health clusters), when the source names none of them.
    public var count = 1
    /// Whether it answers to several bodies together (a joint committee), each named under ``reportsTo``.
    public var isJoint = false
    /// The reporting line; more than one entry is a joint body's, or a finding of the checker.
    public var reportsTo: [Located<BodyID>] = []
    public var establishedBy: [Located<BodyID>] = []
    public var anchoredIn: [Located<BodyID>] = []
    public var chair: Located<RoleID>?
    public var coChairs: [Located<RoleID>] = []
    /// Units or organisations that serve as secretariat; several means a shared secretariat.
    public var secretariat: [Located<EntityID>] = []
    public var members: [Membership] = []
    /// Roles, bodies, units or organisations invited as needed.
    public var adHoc: [Located<EntityID>] = []
    public var commissionedBy: [Located<BodyID>] = []
    public var escalatesTo: [Located<BodyID>] = []
    public var counterparts: [Located<BodyID>] = []
    public var validity = Validity.always
    /// Changes to its relations that take effect on later dates, in order; ``on(_:)`` applies them.
    public var changes: [BodyChange] = []
    public var successor: Located<BodyID>?
    /// The body's duties end with it; no successor is needed.
    public var lapses = false
    /// Bodies merged into this one; an id this model does not declare names a body of an earlier version.
    public var predecessors: [Located<BodyID>] = []
    /// Ids this body had in earlier versions of the model.
    public var formerly: [String] = []
    /// Meeting cadence: `weekly`, `monthly`, `quarterly`, `yearly`, `ad-hoc` or free text.
    public var cadence: String?
    /// The date by which the body's terms of reference are to be reviewed.
    public var review: Day?
    /// The sentence of the source document the entry comes from.
    public var source: String?
    public var note: String?
    /// Where the body's id is written.
    public var location: SourceLocation

    /// Creates a body with no relations; set the rest through its properties.
    public init(id: BodyID, name: String, kind: BodyKind, location: SourceLocation) {
        self.id = id
        self.name = name
        self.kind = kind
        self.location = location
    }

    /// Whether the body exists on `day`.
    public func isActive(on day: Day) -> Bool {
        validity.contains(day)
    }

    /// The name the body carried on `day`: the former name whose last day is the first on or after `day`, or
    /// its name where no dated former name covers the day.
    public func name(on day: Day) -> String {
        formerNames.filter { $0.until.map { day <= $0 } ?? false }.min { $0.until! < $1.until! }?.name ?? name
    }

    /// The body as it stands on `day`: the name it carried then, and every change that has taken effect by then
    /// applied, in order. Rules, diagrams, cards and comparisons read a body's name and relations from here.
    public func on(_ day: Day) -> Body {
        var body = self
        body.name = name(on: day)
        guard let first = changes.first, first.from <= day else { return body }
        let blank = Body(id: id, name: name, kind: kind, location: location)
        for change in changes where change.from <= day {
            for field in ModelSchema.datedFields where change.keys.contains(field.key.name) {
                field.copy(&body, change.values)
            }
            // A chair replaces co-chairs, and co-chairs a chair.
            for (key, other) in ModelSchema.change.conflicts where change.keys.contains(key) != change.keys.contains(other) {
                let cleared = change.keys.contains(key) ? other : key
                ModelSchema.datedFields.first { $0.key.name == cleared }?.copy(&body, blank)
            }
        }
        return body
    }

    /// The body with every reference to an element of `removed` left out, in every key that names one (its
    /// dated changes too), as ``ModelSchema`` declares them: what dissolving those elements leaves of it.
    package func dropping(_ removed: Set<EntityID>) -> Body {
        var body = self
        for field in ModelSchema.bodies.fields { field.drop(&body, removed) }
        return body
    }

    /// The dates on which the body changes: its periods' first days, the days after their last days, its changes'
    /// dates, and the days after it stopped carrying a former name.
    public var changeDates: [Day] {
        validity.periods.flatMap { [$0.from, $0.until?.next].compactMap { $0 } } + changes.map(\.from)
            + formerNames.compactMap { $0.until?.next }
    }
}

/// A governance body (forum, committee, steering group, council, working group, …) and every relation
/// its terms of reference give it.
///
/// References are resolved at load time: each names an element that exists in the model (aliases are
/// replaced by the body's id) and keeps the location where it was written.
///
/// A body is a value; its fields live in one shared storage that is copied on the first write, so that
/// passing a body around costs one retain whatever it holds.
public struct Body: Hashable, Sendable {
    private var storage: BodyStorage

    public var id: BodyID {
        get { storage.fields.id }
        _modify { yield &fields.id }
    }
    public var name: String {
        get { storage.fields.name }
        _modify { yield &fields.name }
    }
    /// Other names the sources use for the same body; references may use them.
    public var aliases: [String] {
        get { storage.fields.rare.fields.aliases }
        _modify { yield &fields.rare.fields.aliases }
    }
    public var kind: BodyKind {
        get { storage.fields.kind }
        _modify { yield &fields.kind }
    }
    public var organisation: Located<OrganisationID>? {
        get { storage.fields.organisation }
        _modify { yield &fields.organisation }
    }
    /// A declared authority (political or legal) that needs no reporting line.
    public var isRoot: Bool {
        get { storage.fields.isRoot }
        _modify { yield &fields.isRoot }
    }
    /// A body outside the structure, named only for its relations (a counterpart in another region, say).
    public var isExternal: Bool {
        get { storage.fields.rare.fields.isExternal }
        _modify { yield &fields.rare.fields.isExternal }
    }
    /// How many alike bodies this entry stands for (the five health clusters), when the source names none of them.
    public var count: Int {
        get { storage.fields.rare.fields.count }
        _modify { yield &fields.rare.fields.count }
    }
    /// The reporting line; more than one entry loads, and the checker reports it.
    public var reportsTo: [Located<BodyID>] {
        get { storage.fields.reportsTo }
        _modify { yield &fields.reportsTo }
    }
    public var establishedBy: [Located<BodyID>] {
        get { storage.fields.rare.fields.establishedBy }
        _modify { yield &fields.rare.fields.establishedBy }
    }
    public var anchoredIn: [Located<BodyID>] {
        get { storage.fields.rare.fields.anchoredIn }
        _modify { yield &fields.rare.fields.anchoredIn }
    }
    public var chair: Located<RoleID>? {
        get { storage.fields.chair }
        _modify { yield &fields.chair }
    }
    public var coChairs: [Located<RoleID>] {
        get { storage.fields.rare.fields.coChairs }
        _modify { yield &fields.rare.fields.coChairs }
    }
    /// Units or organisations that serve as secretariat; several means a shared secretariat.
    public var secretariat: [Located<EntityID>] {
        get { storage.fields.secretariat }
        _modify { yield &fields.secretariat }
    }
    public var members: [Membership] {
        get { storage.fields.members }
        _modify { yield &fields.members }
    }
    /// Roles, bodies, units or organisations invited as needed.
    public var adHoc: [Located<EntityID>] {
        get { storage.fields.rare.fields.adHoc }
        _modify { yield &fields.rare.fields.adHoc }
    }
    public var commissionedBy: [Located<BodyID>] {
        get { storage.fields.rare.fields.commissionedBy }
        _modify { yield &fields.rare.fields.commissionedBy }
    }
    public var escalatesTo: [Located<BodyID>] {
        get { storage.fields.rare.fields.escalatesTo }
        _modify { yield &fields.rare.fields.escalatesTo }
    }
    public var counterparts: [Located<BodyID>] {
        get { storage.fields.rare.fields.counterparts }
        _modify { yield &fields.rare.fields.counterparts }
    }
    public var validity: Validity {
        get { storage.fields.validity }
        _modify { yield &fields.validity }
    }
    public var successor: Located<BodyID>? {
        get { storage.fields.rare.fields.successor }
        _modify { yield &fields.rare.fields.successor }
    }
    /// The body's duties end with it; no successor is needed.
    public var lapses: Bool {
        get { storage.fields.rare.fields.lapses }
        _modify { yield &fields.rare.fields.lapses }
    }
    /// Bodies merged into this one; an id this model does not declare names a body of an earlier version.
    public var predecessors: [Located<BodyID>] {
        get { storage.fields.rare.fields.predecessors }
        _modify { yield &fields.rare.fields.predecessors }
    }
    /// Ids this body had in earlier versions of the model.
    public var formerly: [String] {
        get { storage.fields.rare.fields.formerly }
        _modify { yield &fields.rare.fields.formerly }
    }
    /// Meeting cadence: `weekly`, `monthly`, `quarterly`, `yearly`, `ad-hoc` or free text.
    public var cadence: String? {
        get { storage.fields.cadence }
        _modify { yield &fields.cadence }
    }
    /// The date by which the body's terms of reference are to be reviewed.
    public var review: Day? {
        get { storage.fields.rare.fields.review }
        _modify { yield &fields.rare.fields.review }
    }
    /// The sentence of the source document the entry comes from.
    public var source: String? {
        get { storage.fields.source }
        _modify { yield &fields.source }
    }
    public var note: String? {
        get { storage.fields.rare.fields.note }
        _modify { yield &fields.rare.fields.note }
    }
    /// Where the body's id is written.
    public var location: SourceLocation {
        get { storage.fields.location }
        _modify { yield &fields.location }
    }

    /// Creates a body with no relations; set the rest through its properties.
    public init(id: BodyID, name: String, kind: BodyKind, location: SourceLocation) {
        storage = BodyStorage(BodyFields(id: id, name: name, kind: kind, location: location))
    }

    /// The fields, copied first if another body shares them.
    private var fields: BodyFields {
        get { storage.fields }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = BodyStorage(storage.fields) }
            yield &storage.fields
        }
    }

    /// Whether the body exists on `day`.
    public func isActive(on day: Day) -> Bool {
        storage.fields.validity.contains(day)
    }

    /// Two bodies are equal when every field is.
    public static func == (left: Body, right: Body) -> Bool {
        left.storage === right.storage || left.storage.fields == right.storage.fields
    }

    /// Hashes every field.
    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }
}

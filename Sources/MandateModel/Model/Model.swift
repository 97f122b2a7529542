/// A governance structure as loaded from one model file: organisations, staff units, roles and bodies,
/// each in the order the file declares them.
public struct Model: Hashable, Sendable {
    /// The model's id (`model:` in the file).
    public let id: String
    public let title: String?
    /// Where the facts come from.
    public let source: String?
    /// The date the model describes; the default date of evaluation.
    public let date: Day?
    /// The language of its diagrams and reports, if the model names one.
    public let language: ModelLanguage?
    /// The file the model was loaded from, as the user named it.
    public let file: String
    public let organisations: [Organisation]
    public let units: [Unit]
    public private(set) var roles: [Role]
    public private(set) var bodies: [Body]
    /// The kinds of body the model declares for itself.
    public let kinds: [OwnKind]
    /// The files the structure was loaded from: one for a model file, one per file for a workspace, where every
    /// element's id is `MODEL/ID`, the model of the file that declares it first.
    public let files: [ModelFile]

    private var bodyIndex: [BodyID: Int]
    private let roleIndex: [RoleID: Int]
    private let unitIndex: [UnitID: Int]
    private let organisationIndex: [OrganisationID: Int]
    private let fileIndex: [String: Int]

    /// Creates a model; ids must be unique within each kind.
    public init(id: String, title: String? = nil, source: String? = nil, date: Day? = nil, language: ModelLanguage? = nil, file: String,
                organisations: [Organisation] = [], units: [Unit] = [], roles: [Role] = [], bodies: [Body] = [],
                kinds: [OwnKind] = [], files: [ModelFile]? = nil) {
        self.id = id
        self.title = title
        self.source = source
        self.date = date
        self.language = language
        self.file = file
        self.organisations = organisations
        self.units = units
        self.roles = roles
        self.bodies = bodies
        self.kinds = kinds
        self.files = files ?? [ModelFile(model: id, file: file, path: file, title: title, source: source, date: date, language: language)]
        fileIndex = Dictionary(self.files.enumerated().map { ($1.model, $0) }, uniquingKeysWith: { first, _ in first })
        bodyIndex = Dictionary(bodies.indices.map { (bodies[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        roleIndex = Dictionary(roles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        unitIndex = Dictionary(units.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        organisationIndex = Dictionary(organisations.enumerated().map { ($1.id, $0) },
                                       uniquingKeysWith: { first, _ in first })
    }

    /// The same model with only the bodies at `positions` (in ascending order), for checking part of a large
    /// model; the other elements and their indices are kept as they are.
    package func keepingBodies(at positions: [Int]) -> Model {
        var part = self
        part.bodies = positions.map { bodies[$0] }
        part.bodyIndex = Dictionary(positions.enumerated().map { (bodies[$1].id, $0) }, uniquingKeysWith: { first, _ in first })
        return part
    }

    /// The body with this id.
    public func body(_ id: BodyID) -> Body? { bodyIndex[id].map { bodies[$0] } }
    /// The position of the body with this id in ``bodies``.
    public func bodyPosition(_ id: BodyID) -> Int? { bodyIndex[id] }
    /// The role with this id.
    public func role(_ id: RoleID) -> Role? { roleIndex[id].map { roles[$0] } }
    /// The unit with this id.
    public func unit(_ id: UnitID) -> Unit? { unitIndex[id].map { units[$0] } }
    /// The organisation with this id.
    public func organisation(_ id: OrganisationID) -> Organisation? {
        organisationIndex[id].map { organisations[$0] }
    }

    /// The model as it stands on `day`: every body with the changes that have taken effect by then and the
    /// name it carried then (``Body/on(_:)``), every post with the person who held it then (``Role/on(_:)``).
    /// The same model where nothing is dated. Rules, diagrams, comparisons, cards and exports all read it.
    public func on(_ day: Day) -> Model {
        let datedBodies = bodies.indices.contains { !bodies[$0].changes.isEmpty || bodies[$0].formerNames.contains { $0.until != nil } }
        let heldRoles = roles.contains { !$0.holders.isEmpty }
        guard datedBodies || heldRoles else { return self }
        // A change leaves every id as it is, so the indices stay as they are.
        var model = self
        if datedBodies { model.bodies = bodies.map { $0.on(day) } }
        if heldRoles { model.roles = roles.map { $0.on(day) } }
        return model
    }

    /// The same model with no person named: every role's holders left out, for reports and exports that
    /// must not name people.
    public func withoutHolders() -> Model {
        Model(id: id, title: title, source: source, date: date, language: language, file: file, organisations: organisations, units: units,
              roles: roles.map { var role = $0; role.holders = []; return role }, bodies: bodies, kinds: kinds, files: files)
    }

    /// Whether the structure is a workspace of several files, its ids written `MODEL/ID`.
    public var isWorkspace: Bool { files.count > 1 || files.first.map { $0.model != id } ?? false }

    /// The file that declares the element with id `id`: in a workspace, the file whose model the id starts with
    /// (`MODEL/ID`); else the model's one file.
    public func file(declaring id: String) -> ModelFile? {
        guard isWorkspace, let slash = id.utf8.firstIndex(of: UInt8(ascii: "/")) else { return files.first }
        return fileIndex[String(id[..<slash])].map { files[$0] }
    }

    /// An id without the model of its file: `ID` of `MODEL/ID`; the id itself outside a workspace.
    public static func localID(_ id: String) -> Substring {
        id.utf8.firstIndex(of: UInt8(ascii: "/")).map { id[id.index(after: $0)...] } ?? Substring(id)
    }

    /// The name of a body's kind: its own kind's label, or the built-in kind.
    public func kindName(of body: Body) -> String {
        body.ownKind.flatMap { own in kinds.first { $0.id == own }?.label } ?? body.kind.rawValue
    }

    /// A readable name for any element: a body's or organisation's name, a role's title, a unit's short form or name.
    public func displayName(of entity: EntityID) -> String {
        switch entity {
        case .body(let id): body(id)?.name ?? id.rawValue
        case .role(let id): role(id)?.title ?? id.rawValue
        case .unit(let id): unit(id).map { $0.short ?? $0.name } ?? id.rawValue
        case .organisation(let id): organisation(id)?.name ?? id.rawValue
        }
    }
}

/// Every id a model declares, with its kind and place, and every body alias; built before any entry is
/// decoded so that references can be resolved wherever they stand.
struct IdentifierTable {
    private(set) var entities: [String: (id: EntityID, location: SourceLocation)] = [:]
    private(set) var aliases: [String: (body: BodyID, location: SourceLocation)] = [:]
    /// Names per kind, in declaration order, for "did you mean" hints.
    private(set) var namesByKind: [EntityKind: [String]] = [:]

    /// Declares an id; returns the earlier declaration's location when the id is taken.
    mutating func declare(_ text: String, as kind: EntityKind, at location: SourceLocation) -> SourceLocation? {
        if let existing = entities[text] { return existing.location }
        if let alias = aliases[text] { return alias.location }
        let id: EntityID = switch kind {
        case .organisation: .organisation(OrganisationID(text))
        case .unit: .unit(UnitID(text))
        case .role: .role(RoleID(text))
        case .body: .body(BodyID(text))
        }
        entities[text] = (id, location)
        namesByKind[kind, default: []].append(text)
        return nil
    }

    /// Declares an alias of a body; returns the earlier declaration's location when the name is taken.
    mutating func declareAlias(_ text: String, of body: BodyID, at location: SourceLocation) -> SourceLocation? {
        if let existing = aliases[text] { return existing.body == body ? nil : existing.location }
        if let existing = entities[text] { return existing.id == .body(body) ? nil : existing.location }
        aliases[text] = (body, location)
        namesByKind[.body, default: []].append(text)
        return nil
    }

    /// What `text` names: an id, or a body's alias.
    func lookup(_ text: String) -> EntityID? {
        if let entity = entities[text] { return entity.id }
        if let alias = aliases[text] { return .body(alias.body) }
        return nil
    }
}

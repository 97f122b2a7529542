/// Every id and body alias of a model, with the element each names and where it was declared; built from
/// the tree before any entry is decoded, so that a reference may name an element declared further down.
struct IdentifierIndex: Sendable {
    private struct Declaration {
        /// The element an id names, or the body an alias stands for.
        let id: EntityID
        let location: SourceLocation
        let isAlias: Bool
    }

    private var declarations: [String: Declaration] = [:]
    /// Every id and alias in declaration order, for "did you mean" hints.
    private var order: [String] = []

    /// The model's id in a workspace, where every element is known as `MODEL/ID`; `nil` for a file on its own.
    var qualifier: String?

    /// The id an element declared as `text` in this file has in the structure: `MODEL/ID` in a workspace.
    func qualified(_ text: String) -> String {
        qualifier.map { "\($0)/\(text)" } ?? text
    }

    /// Makes room for `count` ids.
    mutating func reserve(_ count: Int) {
        declarations.reserveCapacity(count)
        order.reserveCapacity(count)
    }

    /// Declares an id; returns where the id or alias was first declared if it was already.
    mutating func declare(_ text: String, as kind: EntityKind, at location: SourceLocation) -> SourceLocation? {
        // One hash in the usual case, where the id is new; a clash puts the first declaration back.
        if let first = declarations.updateValue(Declaration(id: EntityID(kind, qualified(text)), location: location, isAlias: false), forKey: text) {
            declarations[text] = first
            hasClashes = true
            return first.location
        }
        order.append(text)
        return nil
    }

    /// Whether an id was declared where an id or alias was already: until one is, every id's
    /// ``declaration(of:)`` is where it is written.
    private(set) var hasClashes = false

    /// Declares another name of `body`; returns where it was first declared if it names something else already.
    mutating func declareAlias(_ text: String, of body: BodyID, at location: SourceLocation) -> SourceLocation? {
        if let first = declarations[text] { return first.id == .body(body) ? nil : first.location }
        declarations[text] = Declaration(id: .body(body), location: location, isAlias: true)
        order.append(text)
        return nil
    }

    /// The ids that have a capital (or a letter beyond ASCII), by their lower-cased form: two ids that differ
    /// only in case have at least one such.
    private var capitalised: [String: String] = [:]
    /// The bodies that carried each former name, with the last day each carried it, if known.
    private var formerNames: [String: [(body: BodyID, until: Day?)]] = [:]

    /// Another id that differs from `id` only in case, and where it is declared; recorded for the next.
    mutating func otherCase(of id: String) -> (String, SourceLocation)? {
        // Most ids are lower-case ASCII: one look-up, and no lower-casing.
        guard id.utf8.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 >= 0x80 }) else {
            guard !capitalised.isEmpty else { return nil }
            return capitalised[id].flatMap { other in declaration(of: other).map { (other, $0) } }
        }
        let lower = id.lowercased()
        if lower != id, let location = declaration(of: lower) { return (lower, location) }
        if let other = capitalised[lower], other != id, let location = declaration(of: other) { return (other, location) }
        capitalised[lower] = id
        return nil
    }

    /// Records a name `body` carried before, until `until` if known.
    mutating func declareFormerName(_ name: String, of body: BodyID, until: Day?) {
        if formerNames[name]?.contains(where: { $0.body == body }) != true { formerNames[name, default: []].append((body, until)) }
    }

    /// The bodies that carried `name` before: on `date` if one is given (those that carried it until that
    /// day or later, or for a time not known), else at any time.
    func bodies(formerlyNamed name: String, on date: Day?) -> [BodyID] {
        (formerNames[name] ?? []).filter { carrier in date.map { day in carrier.until.map { day <= $0 } ?? true } ?? true }.map(\.body)
    }

    /// The element an id or alias names.
    func lookup(_ text: String) -> EntityID? {
        declarations[text]?.id
    }

    /// Where the id (not an alias) `text` was declared.
    func declaration(of text: String) -> SourceLocation? {
        guard let declaration = declarations[text], !declaration.isAlias else { return nil }
        return declaration.location
    }

    /// Whether `other` declares the same ids, aliases and former names for the same elements (wherever they are
    /// written): a file that names this model's elements decodes the same against either.
    func declaresTheSame(as other: IdentifierIndex) -> Bool {
        guard order == other.order, qualifier == other.qualifier, formerNames.count == other.formerNames.count else { return false }
        for text in order {
            guard let mine = declarations[text], let theirs = other.declarations[text], mine.id == theirs.id, mine.isAlias == theirs.isAlias else { return false }
        }
        return formerNames.allSatisfy { name, carriers in
            guard let others = other.formerNames[name], others.count == carriers.count else { return false }
            return zip(carriers, others).allSatisfy { $0.body == $1.body && $0.until == $1.until }
        }
    }

    /// The ids and aliases of each kind, in declaration order.
    var namesByKind: [EntityKind: [String]] {
        Dictionary(grouping: order) { declarations[$0]!.id.kind }
    }
}

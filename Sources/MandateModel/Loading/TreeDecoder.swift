/// Decodes a model from the nodes of a ``SourceTree``: the document and each entry of its sections, checking
/// every key against ``ModelSchema``, resolving every reference, and collecting every problem rather than
/// stopping at the first. ``ModelDecoder`` gives it the entries a batch at a time while a file is read.
///
/// It reads its tree through a constant, so reading a node costs no reference counting; to move on to
/// another tree, it is made anew from the old one, which hands over everything decoded so far.
struct TreeDecoder {
    let tree: SourceTree
    // No property has a default value: the defaults would be made, then thrown away, at every entry.
    private var diagnostics: [LoadDiagnostic]
    private var table: IdentifierTable
    /// "Did you mean" look-ups cost a pass over all names; past this many dangling references, hints are plain.
    private var suggestionsLeft: Int
    /// Every id and alias by kind, gathered at the first dangling reference.
    private var names: [EntityKind: [String]]?
    /// The kind of entry the section being read holds, while its entries are taken; then not every id is known yet.
    var readingSection: EntityKind?
    /// Set when, while reading, a reference names an id not declared yet: its entry waits for the end.
    private var metUndeclaredName: Bool
    /// How many of each kind were decoded when the file had been read; those after them are in file order
    /// among themselves and are merged in.
    private var decodedWhileReading: (organisations: Int, units: Int, roles: Int, bodies: Int)?
    private var organisations: [Organisation]
    private var units: [Unit]
    private var roles: [Role]
    private var bodies: [Body]

    /// A decoder of `tree` that has decoded nothing yet.
    init(tree: SourceTree) {
        self.tree = tree
        diagnostics = []
        table = IdentifierTable()
        suggestionsLeft = 100
        metUndeclaredName = false
        organisations = []
        units = []
        roles = []
        bodies = []
    }

    /// A decoder of `tree` that goes on from `previous`, with all it declared, decoded and reported.
    init(tree: SourceTree, continuing previous: consuming TreeDecoder) {
        self.tree = tree
        diagnostics = previous.diagnostics
        table = previous.table
        suggestionsLeft = previous.suggestionsLeft
        names = previous.names
        readingSection = previous.readingSection
        decodedWhileReading = previous.decodedWhileReading
        metUndeclaredName = false
        organisations = previous.organisations
        units = previous.units
        roles = previous.roles
        bodies = previous.bodies
    }

    /// Marks the end of reading: every id is declared, and entries decoded from now on are merged into file order.
    mutating func endReading() {
        readingSection = nil
        decodedWhileReading = (organisations.count, units.count, roles.count, bodies.count)
    }

    /// Decodes the document, with the entries decoded before, or fails with every problem found.
    mutating func decodeModel() -> Result<Model, LoadFailure> {
        let model = decodeDocument()
        if let model, diagnostics.isEmpty { return .success(model) }
        guard !diagnostics.isEmpty else {
            // Every path that gives no model reports why; this keeps a refusal from ever being silent.
            return .failure(LoadFailure([LoadDiagnostic(.missingKey(key: "model", context: "the model"),
                                                        at: SourceLocation(file: tree.file, line: 1, column: 1))]))
        }
        return .failure(LoadFailure(diagnostics))
    }

    /// The ids of the sections that hold entries, by the section's key.
    static let sections: [String: EntityKind] = ["organisations": .organisation, "units": .unit, "roles": .role, "bodies": .body]

    // MARK: The document

    private mutating func decodeDocument() -> Model? {
        guard let root = tree.root else {
            report(.missingKey(key: "mandate", context: "the model (the file is empty)"),
                   at: SourceLocation(file: tree.file, line: 1, column: 1))
            return nil
        }
        guard tree.kind(of: root) == .mapping else {
            report(.notAMapping(context: "a model file", found: tree.kind(of: root)), at: tree.location(of: root))
            return nil
        }
        let entries = self.entries(of: root, spec: ModelSchema.document, context: "the model")
        declareIdentifiers(entries)
        let taken = decodedWhileReading ?? (organisations.count, units.count, roles.count, bodies.count)

        var id: String?
        var title: String?
        var source: String?
        var date: Day?
        for (key, _, value) in entries {
            switch key {
            case "mandate": checkVersion(value)
            case "model": id = identifier(value, key: key)
            case "title": title = text(value, key: key)
            case "source": source = text(value, key: key)
            case "date": date = day(value, key: key)
            case "organisations": decodeSection(value, of: .organisation)
            case "units": decodeSection(value, of: .unit)
            case "roles": decodeSection(value, of: .role)
            case "bodies": decodeSection(value, of: .body)
            default: break
            }
        }
        guard let id else { return nil }
        return Model(id: id, title: title, source: source, date: date, file: tree.file,
                     organisations: Self.inFileOrder(organisations, taken: taken.0, location: \.location),
                     units: Self.inFileOrder(units, taken: taken.1, location: \.location),
                     roles: Self.inFileOrder(roles, taken: taken.2, location: \.location),
                     bodies: Self.inFileOrder(bodies, taken: taken.3, location: \.location))
    }

    /// The entries decoded while reading (the first `taken`) merged with those decoded after, each part
    /// already in file order; only one of the parts holds any in a section the reader passed on.
    private static func inFileOrder<Element>(_ elements: [Element], taken: Int, location: (Element) -> SourceLocation) -> [Element] {
        guard taken > 0, taken < elements.count else { return elements }
        var merged: [Element] = []
        merged.reserveCapacity(elements.count)
        var early = 0
        var late = taken
        while early < taken, late < elements.count {
            if location(elements[late]) < location(elements[early]) {
                merged.append(elements[late])
                late += 1
            } else {
                merged.append(elements[early])
                early += 1
            }
        }
        merged += elements[early..<taken]
        merged += elements[late...]
        return merged
    }

    private mutating func checkVersion(_ node: SourceTree.Node) {
        guard tree.kind(of: node) == .scalar, tree.isPlain(node), tree.text(of: node) == String(ModelSchema.formatVersion) else {
            let found = tree.kind(of: node) == .scalar ? describe(node) : tree.kind(of: node).noun
            report(.unsupportedVersion(found: found, supported: ModelSchema.formatVersion), at: tree.location(of: node))
            return
        }
    }

    /// Every id of every section still in the tree (none the reader passed on), and every body alias, before
    /// any of them is decoded, so references resolve in any order.
    private mutating func declareIdentifiers(_ entries: [(String, SourceTree.Node, SourceTree.Node)]) {
        table.reserve(entries.reduce(0) { total, entry in
            total + (Self.sections[entry.0] != nil && tree.kind(of: entry.2) == .mapping ? tree.pairs(of: entry.2).count : 0)
        })
        for (key, _, value) in entries {
            guard let kind = Self.sections[key], tree.kind(of: value) == .mapping else { continue }
            for (idNode, entry) in tree.pairs(of: value) {
                guard tree.kind(of: idNode) == .scalar, tree.withText(of: idNode, Self.isValidIdentifier) else { continue }
                declare(idNode, entry, as: kind, at: tree.location(of: idNode))
            }
        }
    }

    /// Declares an entry's id and, for a body, its aliases; reports a second declaration.
    private mutating func declare(_ idNode: SourceTree.Node, _ entry: SourceTree.Node, as kind: EntityKind, at location: SourceLocation) {
        if let first = tree.withText(of: idNode, { table.declare($0, as: kind, at: location) }) {
            report(.duplicateIdentifier(id: tree.text(of: idNode), first: first), at: location)
            return
        }
        if kind == .body, tree.kind(of: entry) == .mapping {
            declareAliases(of: BodyID(tree.text(of: idNode)), in: entry)
        }
    }

    private mutating func declareAliases(of body: BodyID, in entry: SourceTree.Node) {
        for (keyNode, value) in tree.pairs(of: entry) where tree.textEquals(keyNode, "aliases") {
            let items = tree.kind(of: value) == .sequence ? tree.children(of: value) : [value]
            for item in items where tree.kind(of: item) == .scalar && !tree.isNull(item) {
                let location = tree.location(of: item)
                if let first = tree.withText(of: item, { table.declareAlias($0, of: body, at: location) }) {
                    report(.duplicateAlias(alias: tree.text(of: item), first: first), at: location)
                }
            }
        }
    }

    // MARK: Sections

    /// The entries of a section still in the tree.
    private mutating func decodeSection(_ node: SourceTree.Node, of kind: EntityKind) {
        guard !tree.isNull(node) else { return }
        guard tree.kind(of: node) == .mapping else {
            report(.notAMapping(context: "a section of \(Self.spec(of: kind).name) entries", found: tree.kind(of: node)), at: tree.location(of: node))
            return
        }
        for (idNode, value) in tree.pairs(of: node) {
            _ = decodeEntry(idNode, value, of: kind)
        }
    }

    private static func spec(of kind: EntityKind) -> ObjectSpec {
        switch kind {
        case .organisation: ModelSchema.organisation
        case .unit: ModelSchema.unit
        case .role: ModelSchema.role
        case .body: ModelSchema.body
        }
    }

    /// Decodes one entry `id: {…}` of a section and keeps the element; while reading, declares its id first.
    /// Returns `false` when the entry names an id not declared yet and must wait for the end.
    mutating func decodeEntry(_ idNode: SourceTree.Node, _ value: SourceTree.Node, of kind: EntityKind) -> Bool {
        let spec = Self.spec(of: kind)
        guard tree.kind(of: idNode) == .scalar else {
            report(.wrongType(key: "\(spec.name) id", expected: "an id", found: tree.kind(of: idNode).noun), at: tree.location(of: idNode))
            return true
        }
        let location = tree.location(of: idNode)
        guard tree.withText(of: idNode, Self.isValidIdentifier) else {
            report(.invalidIdentifier(id: tree.text(of: idNode)), at: location)
            return true
        }
        if readingSection != nil { declare(idNode, value, as: kind, at: location) }
        // A second declaration of an id was reported when declared; only the first is decoded.
        guard tree.withText(of: idNode, { table.declaration(of: $0) }) == location else { return true }
        let id = tree.text(of: idNode)
        guard tree.kind(of: value) == .mapping else {
            report(.notAMapping(context: "\(spec.name) '\(id)'", found: tree.kind(of: value)), at: tree.location(of: value))
            return true
        }
        let reported = diagnostics.count
        metUndeclaredName = false
        let entries = self.entries(of: value, spec: spec, context: "\(spec.name) '\(id)'")
        switch kind {
        case .organisation: return keep(decodeOrganisation(id, location, entries), in: \.organisations, unlessWaiting: reported)
        case .unit: return keep(decodeUnit(id, location, entries), in: \.units, unlessWaiting: reported)
        case .role: return keep(decodeRole(id, location, entries), in: \.roles, unlessWaiting: reported)
        case .body: return keep(decodeBody(id, location, entries), in: \.bodies, unlessWaiting: reported)
        }
    }

    /// Appends a decoded element to its list, unless its entry waits for the end; returns `false` if it waits.
    private mutating func keep<Element>(_ element: Element?, in list: WritableKeyPath<TreeDecoder, [Element]>,
                                        unlessWaiting reported: Int) -> Bool {
        guard !waitsForEnd(reported) else { return false }
        if let element { self[keyPath: list].append(element) }
        return true
    }

    /// Whether the entry just decoded named an id not declared yet; if so, what it reported is taken back,
    /// to be found again when it is decoded at the end.
    private mutating func waitsForEnd(_ reported: Int) -> Bool {
        guard metUndeclaredName else { return false }
        diagnostics.removeSubrange(reported...)
        return true
    }

    private mutating func decodeOrganisation(_ id: String, _ location: SourceLocation,
                                             _ entries: [(String, SourceTree.Node, SourceTree.Node)]) -> Organisation? {
        var name: String?
        var kind: OrganisationKind?
        for (key, _, value) in entries {
            switch key {
            case "name": name = text(value, key: key)
            case "kind": kind = choice(value, key: key)
            default: break
            }
        }
        guard let name, let kind else { return nil }
        return Organisation(id: OrganisationID(id), name: name, kind: kind, location: location)
    }

    private mutating func decodeUnit(_ id: String, _ location: SourceLocation,
                                     _ entries: [(String, SourceTree.Node, SourceTree.Node)]) -> Unit? {
        var name: String?
        var short: String?
        var organisation: Located<OrganisationID>?
        for (key, _, value) in entries {
            switch key {
            case "name": name = text(value, key: key)
            case "short": short = text(value, key: key)
            case "organisation": organisation = reference(value, key: key, to: .organisation)
            default: break
            }
        }
        guard let name else { return nil }
        return Unit(id: UnitID(id), name: name, short: short, organisation: organisation, location: location)
    }

    private mutating func decodeRole(_ id: String, _ location: SourceLocation,
                                     _ entries: [(String, SourceTree.Node, SourceTree.Node)]) -> Role? {
        var title: String?
        var organisation: Located<OrganisationID>?
        var unit: Located<UnitID>?
        var note: String?
        for (key, _, value) in entries {
            switch key {
            case "title": title = text(value, key: key)
            case "organisation": organisation = reference(value, key: key, to: .organisation)
            case "unit": unit = reference(value, key: key, to: .unit)
            case "note": note = text(value, key: key)
            default: break
            }
        }
        guard let title else { return nil }
        return Role(id: RoleID(id), title: title, organisation: organisation, unit: unit, note: note, location: location)
    }

    private mutating func decodeBody(_ id: String, _ location: SourceLocation,
                                     _ entries: [(String, SourceTree.Node, SourceTree.Node)]) -> Body? {
        var body = Body(id: BodyID(id), name: "", kind: .forum, location: location)
        var hasName = false
        var hasKind = false
        var chairKey: SourceLocation?
        var lapsesKey: SourceLocation?
        for (key, keyNode, value) in entries {
            switch key {
            case "name": if let name = text(value, key: key) { body.name = name; hasName = true }
            case "aliases": body.aliases = texts(value, key: key)
            case "kind": if let kind: BodyKind = choice(value, key: key) { body.kind = kind; hasKind = true }
            case "organisation": body.organisation = reference(value, key: key, to: .organisation)
            case "root": body.isRoot = boolean(value, key: key) ?? false
            case "external": body.isExternal = boolean(value, key: key) ?? false
            case "count": body.count = integer(value, key: key, minimum: 1) ?? 1
            case "reportsTo": body.reportsTo = references(value, key: key, to: .body)
            case "establishedBy": body.establishedBy = references(value, key: key, to: .body)
            case "anchoredIn": body.anchoredIn = references(value, key: key, to: .body)
            case "chair": body.chair = reference(value, key: key, to: .role); chairKey = tree.location(of: keyNode)
            case "coChairs": body.coChairs = references(value, key: key, to: .role)
            case "secretariat": body.secretariat = entityReferences(value, key: key, kinds: [.unit, .organisation])
            case "members": body.members = members(value)
            case "adHoc": body.adHoc = entityReferences(value, key: key, kinds: [.role, .body, .unit, .organisation])
            case "commissionedBy": body.commissionedBy = references(value, key: key, to: .body)
            case "escalatesTo": body.escalatesTo = references(value, key: key, to: .body)
            case "counterpart": body.counterparts = references(value, key: key, to: .body)
            case "valid": body.validity = validity(value) ?? .always
            case "successor": body.successor = reference(value, key: key, to: .body)
            case "lapses": body.lapses = boolean(value, key: key) ?? false; lapsesKey = tree.location(of: keyNode)
            case "predecessors": body.predecessors = historicalReferences(value, key: key)
            case "formerly": body.formerly = texts(value, key: key)
            case "cadence": body.cadence = text(value, key: key)
            case "review": body.review = day(value, key: key)
            case "source": body.source = text(value, key: key)
            case "note": body.note = text(value, key: key)
            default: break
            }
        }
        if let chairKey, body.chair != nil, !body.coChairs.isEmpty {
            report(.conflictingKeys(key: "chair", other: "coChairs"), at: chairKey)
        }
        if let lapsesKey, body.lapses, body.successor != nil {
            report(.conflictingKeys(key: "lapses", other: "successor"), at: lapsesKey)
        }
        return hasName && hasKind ? body : nil
    }

    // MARK: Mappings

    /// The entries of a mapping whose keys are all known to `spec`; reports unknown, duplicate and missing keys.
    ///
    /// Known keys are tracked by position in a bit set, so a mapping costs no allocation besides its result.
    private mutating func entries(of node: SourceTree.Node, spec: ObjectSpec,
                                  context: @autoclosure () -> String) -> [(String, SourceTree.Node, SourceTree.Node)] {
        let pairs = tree.pairs(of: node)
        var result: [(String, SourceTree.Node, SourceTree.Node)] = []
        result.reserveCapacity(pairs.count)
        var seen: UInt64 = 0
        for (keyNode, value) in pairs {
            guard tree.kind(of: keyNode) == .scalar else {
                report(.keyNotText(context: context(), found: tree.kind(of: keyNode)), at: tree.location(of: keyNode))
                continue
            }
            guard let position = tree.withText(of: keyNode, { spec.position(ofUTF8: $0) }) else {
                let key = tree.text(of: keyNode)
                report(.unknownKey(key: key, context: context(), suggestion: Suggestion.closest(to: key, in: spec.keyNames),
                                   allowed: spec.keyNames), at: tree.location(of: keyNode))
                continue
            }
            let key = spec.keys[position].name
            let bit: UInt64 = 1 << UInt64(position)
            if seen & bit != 0 {
                let first = pairs.first { tree.kind(of: $0.key) == .scalar && tree.text(of: $0.key) == key }!.key
                report(.duplicateKey(key: key, first: tree.location(of: first)), at: tree.location(of: keyNode))
                continue
            }
            seen |= bit
            if spec.keys[position].isRequired, tree.isNull(value) {
                report(.emptyValue(key: key, context: context()), at: tree.location(of: keyNode))
                continue
            }
            result.append((key, keyNode, value))
        }
        for (position, key) in spec.keys.enumerated() where key.isRequired && seen & (1 << UInt64(position)) == 0 {
            report(.missingKey(key: key.name, context: context()), at: tree.location(of: node))
        }
        return result
    }

    // MARK: Values

    private mutating func scalar(_ node: SourceTree.Node, key: String, expected: String) -> String? {
        guard tree.kind(of: node) == .scalar else {
            report(.wrongType(key: key, expected: expected, found: tree.kind(of: node).noun), at: tree.location(of: node))
            return nil
        }
        guard !tree.isNull(node) else { return nil }
        let text = tree.text(of: node)
        if text.utf8.count > ModelLoader.maximumTextLength, text.count > ModelLoader.maximumTextLength {
            report(.textTooLong(key: key, characters: text.count, limit: ModelLoader.maximumTextLength), at: tree.location(of: node))
            return nil
        }
        return text
    }

    private mutating func text(_ node: SourceTree.Node, key: String) -> String? {
        scalar(node, key: key, expected: "text")
    }

    private mutating func identifier(_ node: SourceTree.Node, key: String) -> String? {
        guard let text = scalar(node, key: key, expected: "an id") else { return nil }
        guard Self.isValidIdentifier(text) else {
            report(.invalidIdentifier(id: text), at: tree.location(of: node))
            return nil
        }
        return text
    }

    private mutating func texts(_ node: SourceTree.Node, key: String) -> [String] {
        guard tree.kind(of: node) == .sequence else { return text(node, key: key).map { [$0] } ?? [] }
        return tree.children(of: node).compactMap { scalar($0, key: key, expected: "text") }
    }

    private mutating func day(_ node: SourceTree.Node, key: String) -> Day? {
        guard let text = scalar(node, key: key, expected: "a date") else { return nil }
        guard let day = Day(text) else {
            report(.invalidDate(key: key, text: text), at: tree.location(of: node))
            return nil
        }
        return day
    }

    private mutating func boolean(_ node: SourceTree.Node, key: String) -> Bool? {
        guard let text = scalar(node, key: key, expected: "true or false") else { return nil }
        switch (tree.isPlain(node), text) {
        case (true, "true"): return true
        case (true, "false"): return false
        default:
            report(.wrongType(key: key, expected: "true or false", found: describe(node)), at: tree.location(of: node))
            return nil
        }
    }

    private mutating func integer(_ node: SourceTree.Node, key: String, minimum: Int) -> Int? {
        guard let text = scalar(node, key: key, expected: "a whole number") else { return nil }
        guard tree.isPlain(node), let value = Int(text), value >= minimum else {
            report(.invalidNumber(key: key, text: describe(node), minimum: minimum), at: tree.location(of: node))
            return nil
        }
        return value
    }

    private mutating func choice<Choice: RawRepresentable & CaseIterable>(_ node: SourceTree.Node, key: String) -> Choice?
    where Choice.RawValue == String {
        guard let text = scalar(node, key: key, expected: "a word") else { return nil }
        if let value = Choice(rawValue: text) { return value }
        let allowed = Choice.allCases.map(\.rawValue)
        report(.invalidChoice(key: key, text: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
               at: tree.location(of: node))
        return nil
    }

    private mutating func validity(_ node: SourceTree.Node) -> Validity? {
        guard tree.kind(of: node) == .mapping else {
            report(.notAMapping(context: "'valid'", found: tree.kind(of: node)), at: tree.location(of: node))
            return nil
        }
        var from: Day?
        var until: Day?
        var untilLocation: SourceLocation?
        for (key, _, value) in entries(of: node, spec: ModelSchema.validity, context: "'valid'") {
            switch key {
            case "from": from = day(value, key: key)
            case "until": until = day(value, key: key); untilLocation = tree.location(of: value)
            default: break
            }
        }
        if let from, let until, until < from, let untilLocation {
            report(.wrongType(key: "until", expected: "a date on or after 'from' (\(from))", found: "\(until)"), at: untilLocation)
        }
        return Validity(from: from, until: until)
    }

    private mutating func members(_ node: SourceTree.Node) -> [Membership] {
        guard !tree.isNull(node) else { return [] }
        guard tree.kind(of: node) == .sequence else {
            report(.wrongType(key: "members", expected: "a list", found: tree.kind(of: node).noun), at: tree.location(of: node))
            return []
        }
        var result: [Membership] = []
        for item in tree.children(of: node) {
            if tree.kind(of: item) != .mapping {
                if let role: Located<RoleID> = reference(item, key: "members", to: .role) {
                    result.append(Membership(role: role, count: nil, note: nil))
                }
                continue
            }
            var role: Located<RoleID>?
            var count: Int?
            var note: String?
            for (key, _, value) in entries(of: item, spec: ModelSchema.membership, context: "a member") {
                switch key {
                case "role": role = reference(value, key: key, to: .role)
                case "count": count = integer(value, key: key, minimum: 1)
                case "note": note = text(value, key: key)
                default: break
                }
            }
            if let role { result.append(Membership(role: role, count: count, note: note)) }
        }
        return result
    }

    // MARK: References

    private mutating func reference<Entity>(_ node: SourceTree.Node, key: String, to kind: EntityKind) -> Located<Identifier<Entity>>? {
        resolve(node, key: key, kinds: Self.only(kind)).map { Located(Identifier<Entity>($0.rawValue), at: tree.location(of: node)) }
    }

    private mutating func references<Entity>(_ node: SourceTree.Node, key: String, to kind: EntityKind) -> [Located<Identifier<Entity>>] {
        entityReferences(node, key: key, kinds: Self.only(kind)).map { Located(Identifier<Entity>($0.value.rawValue), at: $0.location) }
    }

    private mutating func entityReferences(_ node: SourceTree.Node, key: String, kinds: [EntityKind]) -> [Located<EntityID>] {
        switch tree.kind(of: node) {
        case .sequence:
            let items = tree.children(of: node)
            var result: [Located<EntityID>] = []
            result.reserveCapacity(items.count)
            for item in items {
                if let entity = resolve(item, key: key, kinds: kinds) { result.append(Located(entity, at: tree.location(of: item))) }
            }
            return result
        case .scalar:
            return resolve(node, key: key, kinds: kinds).map { [Located($0, at: tree.location(of: node))] } ?? []
        case .mapping:
            report(.wrongType(key: key, expected: "an id or a list of ids", found: "a mapping"), at: tree.location(of: node))
            return []
        }
    }

    /// A list of one kind, shared rather than made anew for every reference.
    private static func only(_ kind: EntityKind) -> [EntityKind] {
        switch kind {
        case .organisation: organisationKind
        case .unit: unitKind
        case .role: roleKind
        case .body: bodyKind
        }
    }

    private static let organisationKind: [EntityKind] = [.organisation]
    private static let unitKind: [EntityKind] = [.unit]
    private static let roleKind: [EntityKind] = [.role]
    private static let bodyKind: [EntityKind] = [.body]

    /// Ids of bodies that may belong to an earlier version of the model: resolved when this model has them
    /// (an alias becomes the id), and otherwise kept as written, for a comparison to match.
    private mutating func historicalReferences(_ node: SourceTree.Node, key: String) -> [Located<BodyID>] {
        let items = tree.kind(of: node) == .sequence ? tree.children(of: node) : (tree.isNull(node) ? [] : [node])
        return items.compactMap { item in
            guard let text = scalar(item, key: key, expected: "an id") else { return nil }
            let location = tree.location(of: item)
            switch tree.withText(of: item, { table.lookup($0) }) {
            case .body(let id)?:
                return Located(id, at: location)
            case let entity?:
                report(.wrongReferenceKind(id: text, key: key, found: entity.kind, expected: [.body]), at: location)
                return nil
            case nil:
                guard readingSection == nil else {
                    metUndeclaredName = true
                    return nil
                }
                guard Self.isValidIdentifier(text) else {
                    report(.invalidIdentifier(id: text), at: location)
                    return nil
                }
                return Located(BodyID(text), at: location)
            }
        }
    }

    /// The element a scalar names, looked up by its bytes; `nil`, reported, if it names none of `kinds`.
    private mutating func resolve(_ node: SourceTree.Node, key: String, kinds: [EntityKind]) -> EntityID? {
        if tree.kind(of: node) == .scalar, !tree.isNull(node), let entity = tree.withText(of: node, { table.lookup($0) }) {
            guard kinds.contains(entity.kind) else {
                report(.wrongReferenceKind(id: tree.text(of: node), key: key, found: entity.kind, expected: kinds), at: tree.location(of: node))
                return nil
            }
            return entity
        }
        guard let text = scalar(node, key: key, expected: "an id") else { return nil }
        guard readingSection == nil else {
            metUndeclaredName = true
            return nil
        }
        var suggestion: String?
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            let names = self.names ?? table.namesByKind
            self.names = names
            suggestion = Suggestion.closest(to: text, in: kinds.lazy.flatMap { names[$0] ?? [] })
        }
        report(.danglingReference(id: text, key: key, expected: kinds, suggestion: suggestion), at: tree.location(of: node))
        return nil
    }

    // MARK: Helpers

    /// A scalar as a message shows it: `'yes'`, or `"true" in quotes` where quotes make a word text.
    private func describe(_ node: SourceTree.Node) -> String {
        tree.isPlain(node) ? "'\(tree.text(of: node))'" : "\"\(tree.text(of: node))\" in quotes"
    }

    private mutating func report(_ error: LoadError, at location: SourceLocation) {
        diagnostics.append(LoadDiagnostic(error, at: location))
    }

    /// A letter or digit first, then letters, digits, `-`, `_` or `.`; ASCII only, so ids are safe in every output format.
    static func isValidIdentifier(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isValidIdentifier)
    }

    /// ``isValidIdentifier(_:)-(String)`` on UTF-8 bytes.
    static func isValidIdentifier(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = text.first, isAlphanumeric(first), text.count <= 200 else { return false }
        return text.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

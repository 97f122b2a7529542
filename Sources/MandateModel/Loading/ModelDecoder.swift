/// Turns a ``SourceTree`` into a ``Model``, checking every key against ``ModelSchema`` and resolving
/// every reference, and collecting every problem rather than stopping at the first.
struct ModelDecoder {
    private let tree: SourceTree
    private var diagnostics: [LoadDiagnostic] = []
    private var table = IdentifierTable()
    /// "Did you mean" look-ups cost a pass over all names; past this many dangling references, hints are plain.
    private var suggestionsLeft = 100

    /// Decodes the tree, or fails with every problem found.
    static func decode(_ tree: SourceTree) -> Result<Model, LoadFailure> {
        var decoder = ModelDecoder(tree: tree)
        let model = decoder.decodeDocument()
        if let model, decoder.diagnostics.isEmpty { return .success(model) }
        guard !decoder.diagnostics.isEmpty else {
            // Every path that gives no model reports why; this keeps a refusal from ever being silent.
            return .failure(LoadFailure([LoadDiagnostic(.missingKey(key: "model", context: "the model"),
                                                        at: SourceLocation(file: tree.file, line: 1, column: 1))]))
        }
        return .failure(LoadFailure(decoder.diagnostics))
    }

    private init(tree: SourceTree) {
        self.tree = tree
    }

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

        var id: String?
        var title: String?
        var source: String?
        var date: Day?
        var organisations: [Organisation] = []
        var units: [Unit] = []
        var roles: [Role] = []
        var bodies: [Body] = []
        for (key, _, value) in entries {
            switch key {
            case "mandate": checkVersion(value)
            case "model": id = identifier(value, key: key)
            case "title": title = text(value, key: key)
            case "source": source = text(value, key: key)
            case "date": date = day(value, key: key)
            case "organisations": organisations = decodeEntries(value, spec: ModelSchema.organisation) { $0.decodeOrganisation($1, $2, $3) }
            case "units": units = decodeEntries(value, spec: ModelSchema.unit) { $0.decodeUnit($1, $2, $3) }
            case "roles": roles = decodeEntries(value, spec: ModelSchema.role) { $0.decodeRole($1, $2, $3) }
            case "bodies": bodies = decodeEntries(value, spec: ModelSchema.body) { $0.decodeBody($1, $2, $3) }
            default: break
            }
        }
        guard let id else { return nil }
        return Model(id: id, title: title, source: source, date: date, file: tree.file,
                     organisations: organisations, units: units, roles: roles, bodies: bodies)
    }

    private mutating func checkVersion(_ node: SourceTree.Node) {
        guard tree.kind(of: node) == .scalar, tree.isPlain(node), tree.text(of: node) == String(ModelSchema.formatVersion) else {
            let found = tree.kind(of: node) == .scalar ? describe(node) : tree.kind(of: node).noun
            report(.unsupportedVersion(found: found, supported: ModelSchema.formatVersion), at: tree.location(of: node))
            return
        }
    }

    /// First pass: every id of every section, and every body alias, so references resolve in any order.
    private mutating func declareIdentifiers(_ entries: [(String, SourceTree.Node, SourceTree.Node)]) {
        let sections: [String: EntityKind] = ["organisations": .organisation, "units": .unit, "roles": .role, "bodies": .body]
        for (key, _, value) in entries {
            guard let kind = sections[key], tree.kind(of: value) == .mapping else { continue }
            for (idNode, entry) in tree.pairs(of: value) {
                guard tree.kind(of: idNode) == .scalar else { continue }
                let text = tree.text(of: idNode)
                let location = tree.location(of: idNode)
                guard Self.isValidIdentifier(text) else { continue }
                if let first = table.declare(text, as: kind, at: location) {
                    report(.duplicateIdentifier(id: text, first: first), at: location)
                    continue
                }
                if kind == .body, tree.kind(of: entry) == .mapping {
                    declareAliases(of: BodyID(text), in: entry)
                }
            }
        }
    }

    private mutating func declareAliases(of body: BodyID, in entry: SourceTree.Node) {
        for (keyNode, value) in tree.pairs(of: entry) where tree.text(of: keyNode) == "aliases" {
            let items = tree.kind(of: value) == .sequence ? tree.children(of: value) : [value]
            for item in items where tree.kind(of: item) == .scalar && !tree.isNull(item) {
                if let first = table.declareAlias(tree.text(of: item), of: body, at: tree.location(of: item)) {
                    report(.duplicateAlias(alias: tree.text(of: item), first: first), at: tree.location(of: item))
                }
            }
        }
    }

    // MARK: Sections

    private mutating func decodeEntries<Element>(
        _ node: SourceTree.Node, spec: ObjectSpec,
        _ decodeEntry: (inout ModelDecoder, String, SourceLocation, [(String, SourceTree.Node, SourceTree.Node)]) -> Element?
    ) -> [Element] {
        guard !tree.isNull(node) else { return [] }
        guard tree.kind(of: node) == .mapping else {
            report(.notAMapping(context: "a section of \(spec.name) entries", found: tree.kind(of: node)), at: tree.location(of: node))
            return []
        }
        var result: [Element] = []
        for (idNode, value) in tree.pairs(of: node) {
            guard tree.kind(of: idNode) == .scalar else {
                report(.wrongType(key: "\(spec.name) id", expected: "an id", found: tree.kind(of: idNode).noun), at: tree.location(of: idNode))
                continue
            }
            let id = tree.text(of: idNode)
            let location = tree.location(of: idNode)
            guard Self.isValidIdentifier(id) else {
                report(.invalidIdentifier(id: id), at: location)
                continue
            }
            // A second declaration of an id was reported by the first pass; only the first is decoded.
            guard table.entities[id]?.location == location else { continue }
            let context = "\(spec.name) '\(id)'"
            guard tree.kind(of: value) == .mapping else {
                report(.notAMapping(context: context, found: tree.kind(of: value)), at: tree.location(of: value))
                continue
            }
            let entries = self.entries(of: value, spec: spec, context: context)
            if let element = decodeEntry(&self, id, location, entries) { result.append(element) }
        }
        return result
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
                                  context: String) -> [(String, SourceTree.Node, SourceTree.Node)] {
        let pairs = tree.pairs(of: node)
        var result: [(String, SourceTree.Node, SourceTree.Node)] = []
        result.reserveCapacity(pairs.count)
        var seen: UInt64 = 0
        for (keyNode, value) in pairs {
            guard tree.kind(of: keyNode) == .scalar else {
                report(.keyNotText(context: context, found: tree.kind(of: keyNode)), at: tree.location(of: keyNode))
                continue
            }
            let key = tree.text(of: keyNode)
            guard let position = spec.position(of: key) else {
                report(.unknownKey(key: key, context: context, suggestion: Suggestion.closest(to: key, in: spec.keyNames),
                                   allowed: spec.keyNames), at: tree.location(of: keyNode))
                continue
            }
            let bit: UInt64 = 1 << UInt64(position)
            if seen & bit != 0 {
                let first = pairs.first { tree.kind(of: $0.key) == .scalar && tree.text(of: $0.key) == key }!.key
                report(.duplicateKey(key: key, first: tree.location(of: first)), at: tree.location(of: keyNode))
                continue
            }
            seen |= bit
            if spec.keys[position].isRequired, tree.isNull(value) {
                report(.emptyValue(key: key, context: context), at: tree.location(of: keyNode))
                continue
            }
            result.append((key, keyNode, value))
        }
        for (position, key) in spec.keys.enumerated() where key.isRequired && seen & (1 << UInt64(position)) == 0 {
            report(.missingKey(key: key.name, context: context), at: tree.location(of: node))
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
        guard let text = scalar(node, key: key, expected: "an id") else { return nil }
        return resolve(text, at: tree.location(of: node), key: key, kinds: [kind]).map {
            Located(Identifier<Entity>($0.rawValue), at: tree.location(of: node))
        }
    }

    private mutating func references<Entity>(_ node: SourceTree.Node, key: String, to kind: EntityKind) -> [Located<Identifier<Entity>>] {
        entityReferences(node, key: key, kinds: [kind]).map { Located(Identifier<Entity>($0.value.rawValue), at: $0.location) }
    }

    private mutating func entityReferences(_ node: SourceTree.Node, key: String, kinds: [EntityKind]) -> [Located<EntityID>] {
        let items: [SourceTree.Node]
        switch tree.kind(of: node) {
        case .sequence: items = tree.children(of: node)
        case .scalar: items = tree.isNull(node) ? [] : [node]
        case .mapping:
            report(.wrongType(key: key, expected: "an id or a list of ids", found: "a mapping"), at: tree.location(of: node))
            return []
        }
        return items.compactMap { item in
            guard let text = scalar(item, key: key, expected: "an id") else { return nil }
            let location = tree.location(of: item)
            return resolve(text, at: location, key: key, kinds: kinds).map { Located($0, at: location) }
        }
    }

    /// Ids of bodies that may belong to an earlier version of the model: resolved when this model has them
    /// (an alias becomes the id), and otherwise kept as written, for a comparison to match.
    private mutating func historicalReferences(_ node: SourceTree.Node, key: String) -> [Located<BodyID>] {
        let items = tree.kind(of: node) == .sequence ? tree.children(of: node) : (tree.isNull(node) ? [] : [node])
        return items.compactMap { item in
            guard let text = scalar(item, key: key, expected: "an id") else { return nil }
            let location = tree.location(of: item)
            switch table.lookup(text) {
            case .body(let id)?:
                return Located(id, at: location)
            case let entity?:
                report(.wrongReferenceKind(id: text, key: key, found: entity.kind, expected: [.body]), at: location)
                return nil
            case nil:
                guard Self.isValidIdentifier(text) else {
                    report(.invalidIdentifier(id: text), at: location)
                    return nil
                }
                return Located(BodyID(text), at: location)
            }
        }
    }

    private mutating func resolve(_ text: String, at location: SourceLocation, key: String, kinds: [EntityKind]) -> EntityID? {
        if let entity = table.lookup(text) {
            guard kinds.contains(entity.kind) else {
                report(.wrongReferenceKind(id: text, key: key, found: entity.kind, expected: kinds), at: location)
                return nil
            }
            return entity
        }
        var suggestion: String?
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            let names = table.namesByKind
            suggestion = Suggestion.closest(to: text, in: kinds.lazy.flatMap { names[$0] ?? [] })
        }
        report(.danglingReference(id: text, key: key, expected: kinds, suggestion: suggestion), at: location)
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
        guard let first = text.utf8.first, isAlphanumeric(first), text.utf8.count <= 200 else { return false }
        return text.utf8.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

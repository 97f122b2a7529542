/// Turns a ``SourceTree`` into a ``Model`` in one pass over its entries, checking every key against
/// ``ModelSchema`` and collecting every problem rather than stopping at the first.
///
/// Before it decodes, it indexes every id and body alias the tree declares, so a reference resolves
/// whichever comes first in the file, and no entry is read twice.
struct ModelDecoder: Sendable {
    let tree: SourceTree
    private(set) var diagnostics: [LoadDiagnostic] = []
    var index = IdentifierIndex()
    /// "Did you mean" look-ups cost a pass over all names; past this many dangling references, hints are plain.
    var suggestionsLeft = 100
    /// Every id and alias by kind, gathered at the first dangling reference.
    var names: [EntityKind: [String]]?
    /// Every element's name, gathered at the first dangling reference.
    var namedElements: [(name: String, id: EntityID)]?
    /// The kinds of body the model (or its workspace) declares, by id, with the built-in kind each behaves like.
    var ownKinds: [String: BodyKind] = [:]
    /// The model's date, read before the entries, so that a former name resolves as it stood then.
    var modelDate: Day?

    /// The model's id as its `model:` says, read in ``prepare(workspace:)``.
    private(set) var modelID: String?
    /// Where the `model:` value is written.
    private(set) var modelLocation: SourceLocation?
    /// The document's entries, read in ``prepare(workspace:)``; `nil` where the file is not a mapping.
    private var documentEntries: [(position: Int, key: SourceTree.Node, value: SourceTree.Node)]?
    /// The model's own kinds of body, in the order declared.
    private(set) var declaredKinds: [OwnKind] = []
    /// The workspace the file belongs to, if any: the other files' ids, for references written `MODEL/ID`.
    var workspace: WorkspaceScope?
    /// The other models of the workspace this file's references name.
    var dependencies: Set<String> = []
    /// The model the last reference across files named, with its ids: references to one model mostly come
    /// together, so each is one look-up among short ids, as a reference within the file is.
    var lastModelNamed: (model: String, index: IdentifierIndex) = ("", IdentifierIndex())

    /// Decodes the tree, or fails with every problem found.
    static func decode(_ tree: SourceTree) -> Result<Model, LoadFailure> {
        var decoder = ModelDecoder(tree: tree)
        decoder.prepare(inWorkspace: false)
        return decoder.finish()
    }

    init(tree: SourceTree) {
        self.tree = tree
    }

    /// The model, or every problem found; after ``prepare(inWorkspace:)``.
    mutating func finish() -> Result<Model, LoadFailure> {
        let model = decodeDocument()
        if let model, diagnostics.isEmpty { return .success(model) }
        guard !diagnostics.isEmpty else {
            // Every path that gives no model reports why; this keeps a refusal from ever being silent.
            return .failure(LoadFailure([LoadDiagnostic(.missingKey(key: "model", context: "the model"),
                                                        at: SourceLocation(file: tree.file, line: 1, column: 1))]))
        }
        return .failure(LoadFailure(diagnostics))
    }

    // MARK: The document

    /// The first pass: the document's keys, its id, its date, every id it declares (qualified `MODEL/ID` in a
    /// workspace) and its own kinds, so that other files of a workspace can resolve references to it.
    mutating func prepare(inWorkspace: Bool) {
        guard let root = tree.root else {
            report(.missingKey(key: "mandate", context: "the model (the file is empty)"), at: SourceLocation(file: tree.file, line: 1, column: 1))
            return
        }
        guard tree.kind(of: root) == .mapping else {
            report(.notAMapping(context: "a model file", found: tree.kind(of: root)), at: tree.location(of: root))
            return
        }
        let outside = entriesOutsideSections(root)
        let entries = self.entries(of: root, spec: ModelSchema.document, context: "the model", skipping: outside).entries
        documentEntries = entries
        let value = { (key: String) in entries.first { ModelSchema.document.keys[$0.position].name == key }?.value }
        modelID = value("model").flatMap { identifier($0, key: "model") }
        modelLocation = value("model").map { tree.location(of: $0) }
        if inWorkspace { index.qualifier = modelID ?? "" }
        // The date first, wherever it is written: a former name resolves as it stood then.
        modelDate = value("date").flatMap { day($0, key: "date") }
        indexIdentifiers(entries.map { (ModelSchema.document.keys[$0.position].name, $0.value) })
        // The model's own kinds come first, wherever they are written, since bodies name them.
        declaredKinds = value("kinds").map { decodeSection($0, ModelSchema.kinds) } ?? []
        ownKinds = Dictionary(declaredKinds.map { ($0.id, $0.like) }, uniquingKeysWith: { first, _ in first })
    }

    /// The second pass: every entry decoded, references resolved against the index (and the workspace's).
    private mutating func decodeDocument() -> Model? {
        guard let entries = documentEntries else { return nil }
        var title: String?
        var source: String?
        var owner: String?
        var language: ModelLanguage?
        var organisations: [Organisation] = []
        var units: [Unit] = []
        var roles: [Role] = []
        var bodies: [Body] = []
        for (position, _, value) in entries {
            let key = ModelSchema.document.keys[position].name
            switch key {
            case "mandate": checkVersion(value)
            case "title": title = text(value, key: key)
            case "source": source = text(value, key: key)
            case "owner": owner = text(value, key: key)
            case "language": language = choice(value, key: key)
            case "organisations": organisations = decodeSection(value, ModelSchema.organisations)
            case "units": units = decodeSection(value, ModelSchema.units)
            case "roles": roles = decodeSection(value, ModelSchema.roles)
            case "bodies": bodies = decodeSection(value, ModelSchema.bodies)
            default: break
            }
        }
        guard let id = modelID else { return nil }
        let file = ModelFile(model: id, file: tree.file, path: tree.file, title: title, source: source, owner: owner,
                             date: modelDate, language: language)
        return Model(id: id, title: title, source: source, date: modelDate, language: language, file: tree.file,
                     organisations: organisations, units: units, roles: roles, bodies: bodies, kinds: declaredKinds, files: [file])
    }

    /// Keys of the document written at the left margin after a section key with nothing under it (`bodies:`
    /// then `forum:` not indented): entries meant for the section, reported as such.
    private mutating func entriesOutsideSections(_ root: SourceTree.Node) -> Set<SourceTree.Node> {
        var outside = Set<SourceTree.Node>()
        var emptySection: String?
        for (keyNode, value) in tree.pairs(of: root) where tree.kind(of: keyNode) == .scalar {
            let key = tree.text(of: keyNode)
            if ModelSchema.document.position(of: key) != nil {
                emptySection = ModelSchema.sectionKind(key) != nil && tree.isNull(value) ? key : nil
            } else if let section = emptySection, tree.kind(of: value) == .mapping {
                report(.entryOutsideSection(key: key, section: section), at: tree.location(of: keyNode))
                outside.insert(keyNode)
            }
        }
        return outside
    }

    private mutating func checkVersion(_ node: SourceTree.Node) {
        guard tree.kind(of: node) == .scalar, tree.isPlain(node), tree.text(of: node) == String(ModelSchema.formatVersion) else {
            let found = tree.kind(of: node) == .scalar ? describe(node) : tree.kind(of: node).noun
            report(.unsupportedVersion(found: found, supported: ModelSchema.formatVersion), at: tree.location(of: node))
            return
        }
    }

    /// Every id of every section, and every body alias, before any entry is decoded.
    private mutating func indexIdentifiers(_ sections: [(key: String, value: SourceTree.Node)]) {
        index.reserve(sections.reduce(0) { $0 + (tree.kind(of: $1.value) == .mapping ? tree.pairs(of: $1.value).count : 0) })
        for (key, value) in sections {
            guard let kind = ModelSchema.sectionKind(key), tree.kind(of: value) == .mapping else { continue }
            for (idNode, entry) in tree.pairs(of: value) where tree.kind(of: idNode) == .scalar {
                let id = tree.text(of: idNode)
                guard Self.isValidIdentifier(id) else { continue }
                let location = tree.location(of: idNode)
                if let first = index.declare(id, as: kind, at: location) {
                    report(.duplicateIdentifier(id: id, first: first), at: location)
                    continue
                }
                if let (other, first) = index.otherCase(of: id) {
                    report(.identifiersDifferInCase(id: id, other: other, first: first), at: location)
                }
                guard kind == .body, tree.kind(of: entry) == .mapping else { continue }
                for (keyNode, value) in tree.pairs(of: entry) where tree.kind(of: keyNode) == .scalar {
                    if tree.textEquals(keyNode, "aliases") { indexAliases(of: BodyID(index.qualified(id)), in: value) }
                    if tree.textEquals(keyNode, "formerNames") { indexFormerNames(of: BodyID(index.qualified(id)), in: value) }
                }
            }
        }
    }

    private mutating func indexAliases(of body: BodyID, in value: SourceTree.Node) {
        let items = tree.kind(of: value) == .sequence ? tree.children(of: value) : [value]
        for item in items where tree.kind(of: item) == .scalar && !tree.isNull(item) {
            let location = tree.location(of: item)
            if let first = index.declareAlias(tree.text(of: item), of: body, at: location) {
                report(.duplicateAlias(alias: tree.text(of: item), first: first), at: location)
            }
        }
    }

    private mutating func indexFormerNames(of body: BodyID, in value: SourceTree.Node) {
        let items = tree.kind(of: value) == .sequence ? tree.children(of: value) : [value]
        for item in items {
            let isMapping = tree.kind(of: item) == .mapping
            let name = isMapping ? tree.pairs(of: item).first { tree.kind(of: $0.key) == .scalar && tree.textEquals($0.key, "name") }?.value : item
            let until = isMapping ? tree.pairs(of: item).first { tree.kind(of: $0.key) == .scalar && tree.textEquals($0.key, "until") }?.value : nil
            if let name, tree.kind(of: name) == .scalar, !tree.isNull(name) {
                index.declareFormerName(tree.text(of: name), of: body, until: until.flatMap { Day(tree.text(of: $0)) })
            }
        }
    }

    /// The name (or title) of every element the tree declares, with its id, for hints where a reference is
    /// written as a name; gathered once, at the first dangling reference.
    func elementNames() -> [(name: String, id: EntityID)] {
        guard let root = tree.root, tree.kind(of: root) == .mapping else { return [] }
        var names: [(name: String, id: EntityID)] = []
        for (sectionKey, section) in tree.pairs(of: root) where tree.kind(of: section) == .mapping {
            guard let kind = ModelSchema.sectionKind(tree.text(of: sectionKey)) else { continue }
            for (idNode, entry) in tree.pairs(of: section) where tree.kind(of: entry) == .mapping {
                let name = tree.pairs(of: entry).first { tree.textEquals($0.key, "name") || (kind == .role && tree.textEquals($0.key, "title")) }
                if let name, tree.kind(of: name.value) == .scalar { names.append((tree.text(of: name.value), EntityID(kind, index.qualified(tree.text(of: idNode))))) }
            }
        }
        return names
    }

    // MARK: Sections

    /// The elements of a section, each decoded by its schema.
    private mutating func decodeSection<Entity>(_ node: SourceTree.Node, _ schema: EntitySchema<Entity>) -> [Entity] {
        guard !tree.isNull(node) else { return [] }
        guard tree.kind(of: node) == .mapping else {
            report(.notAMapping(context: "a section of \(schema.spec.name) entries", found: tree.kind(of: node)), at: tree.location(of: node))
            return []
        }
        var elements: [Entity] = []
        elements.reserveCapacity(tree.pairs(of: node).count)
        for (idNode, value) in tree.pairs(of: node) {
            if let element = decodeEntry(idNode, value, schema) { elements.append(element) }
        }
        return elements
    }

    /// One entry `id: {…}` of a section, or `nil` where it cannot be used (and why is reported).
    private mutating func decodeEntry<Entity>(_ idNode: SourceTree.Node, _ value: SourceTree.Node, _ schema: EntitySchema<Entity>) -> Entity? {
        let spec = schema.spec
        guard tree.kind(of: idNode) == .scalar else {
            report(.wrongType(key: "\(spec.name) id", expected: "an id", found: tree.kind(of: idNode).noun), at: tree.location(of: idNode))
            return nil
        }
        let id = tree.text(of: idNode)
        let location = tree.location(of: idNode)
        guard Self.isValidIdentifier(id) else {
            report(.invalidIdentifier(id: id), at: location)
            return nil
        }
        // A second declaration of an id was reported when indexed; only the first is decoded.
        guard !schema.isIndexed || !index.hasClashes || index.declaration(of: id) == location else { return nil }
        guard tree.kind(of: value) == .mapping else {
            report(.notAMapping(context: "\(spec.name) '\(id)'", found: tree.kind(of: value)), at: tree.location(of: value))
            return nil
        }
        let (entries, present, isComplete) = self.entries(of: value, spec: spec, context: "\(spec.name) '\(id)'")
        var element = schema.blank(schema.isIndexed ? index.qualified(id) : id, location)
        for (position, _, value) in entries {
            schema.fields[position].decode(&element, value, &self)
        }
        for (first, second) in spec.conflictingPositions where present & 1 << first != 0 && present & 1 << second != 0 {
            guard let key = entries.first(where: { $0.position == first }), hasValue(key.value),
                  let other = entries.first(where: { $0.position == second }), hasValue(other.value) else { continue }
            report(.conflictingKeys(key: spec.keys[first].name, other: spec.keys[second].name), at: tree.location(of: key.key))
        }
        return isComplete ? element : nil
    }

    /// Whether a value says something: not null, not `false`, not an empty list.
    private func hasValue(_ node: SourceTree.Node) -> Bool {
        switch tree.kind(of: node) {
        case .scalar: !tree.isNull(node) && !(tree.isPlain(node) && tree.text(of: node) == "false")
        case .sequence: !tree.children(of: node).isEmpty
        case .mapping: true
        }
    }

    // MARK: Mappings

    /// The entries of a mapping whose keys are all known to `spec`, with their positions in it; reports
    /// unknown, duplicate, empty and missing keys. `present` has a bit per key given; complete when every
    /// required key has a value.
    mutating func entries(of node: SourceTree.Node, spec: ObjectSpec, context: @autoclosure () -> String,
                          skipping reported: Set<SourceTree.Node> = [])
        -> (entries: [(position: Int, key: SourceTree.Node, value: SourceTree.Node)], present: UInt64, isComplete: Bool) {
        let pairs = tree.pairs(of: node)
        var result: [(position: Int, key: SourceTree.Node, value: SourceTree.Node)] = []
        result.reserveCapacity(pairs.count)
        var seen: UInt64 = 0  // a bit per key of `spec`, which has at most 64
        var isComplete = true
        for (keyNode, value) in pairs {
            guard tree.kind(of: keyNode) == .scalar else {
                report(.keyNotText(context: context(), found: tree.kind(of: keyNode)), at: tree.location(of: keyNode))
                continue
            }
            guard let position = tree.withText(of: keyNode, spec.position(ofUTF8:)) else {
                guard !reported.contains(keyNode) else { continue }
                let key = tree.text(of: keyNode)
                report(.unknownKey(key: key, context: context(), suggestion: Suggestion.closest(to: key, in: spec.keyNames),
                                   allowed: spec.keyNames), at: tree.location(of: keyNode))
                continue
            }
            if seen & 1 << position != 0 {
                let key = spec.keys[position].name
                let first = pairs.first { tree.kind(of: $0.key) == .scalar && tree.text(of: $0.key) == key }!.key
                report(.duplicateKey(key: key, first: tree.location(of: first)), at: tree.location(of: keyNode))
                continue
            }
            seen |= 1 << position
            if spec.requiredKeys & 1 << position != 0, tree.isNull(value) {
                report(.emptyValue(key: spec.keys[position].name, context: context()), at: tree.location(of: keyNode))
                isComplete = false
                continue
            }
            result.append((position, keyNode, value))
        }
        if spec.requiredKeys & ~seen != 0 {
            for (position, key) in spec.keys.enumerated() where spec.requiredKeys & ~seen & 1 << position != 0 {
                report(.missingKey(key: key.name, context: context()), at: tree.location(of: node))
            }
            isComplete = false
        }
        return (result, seen, isComplete)
    }

    // MARK: Helpers

    /// A scalar as a message shows it: `'yes'`, or `"true" in quotes` where quotes make a word text.
    func describe(_ node: SourceTree.Node) -> String {
        tree.isPlain(node) ? "'\(tree.text(of: node))'" : "\"\(tree.text(of: node))\" in quotes"
    }

    mutating func report(_ error: LoadError, at location: SourceLocation) {
        diagnostics.append(LoadDiagnostic(error, at: location))
    }

    /// A letter or digit of any script first (`sundhedsråd`), then letters, digits, `-`, `_` or `.`; every
    /// output format escapes them where it must.
    static func isValidIdentifier(_ text: String) -> Bool {
        let bytes = text.utf8
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // Most ids are ASCII: checked byte by byte.
            guard let first = bytes.first, isAlphanumeric(first), bytes.count <= 200 else { return false }
            return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".") }
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, isAlphanumeric(first), text.utf8.count <= 200 else { return false }
        return scalars.allSatisfy { isAlphanumeric($0) || $0 == "-" || $0 == "_" || $0 == "." }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) }
        return scalar.properties.isAlphabetic || scalar.properties.numericType == .decimal
    }
}

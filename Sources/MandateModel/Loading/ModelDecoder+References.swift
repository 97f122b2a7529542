/// Resolving references against the index of ids and aliases, with "did you mean" hints for those that
/// name nothing.
extension ModelDecoder {
    /// The element of `kinds` (one kind, in a list made once by the caller) that a scalar names.
    mutating func reference<Entity>(_ node: SourceTree.Node, key: String, to kinds: [EntityKind]) -> Located<Identifier<Entity>>? {
        resolve(node, key: key, kinds: kinds).map { Located(Identifier<Entity>($0.rawValue), at: tree.location(of: node)) }
    }

    mutating func references<Entity>(_ node: SourceTree.Node, key: String, to kinds: [EntityKind]) -> [Located<Identifier<Entity>>] {
        resolveAll(node, key: key, kinds: kinds) { Identifier<Entity>($0.rawValue) }
    }

    mutating func entityReferences(_ node: SourceTree.Node, key: String, kinds: [EntityKind]) -> [Located<EntityID>] {
        resolveAll(node, key: key, kinds: kinds) { $0 }
    }

    /// One id or a list of ids, each resolved and made a value by `make`.
    private mutating func resolveAll<Value>(_ node: SourceTree.Node, key: String, kinds: [EntityKind],
                                            _ make: (EntityID) -> Value) -> [Located<Value>] {
        switch tree.kind(of: node) {
        case .sequence:
            var seen: [EntityID: SourceLocation] = [:]
            return tree.children(of: node).compactMap { item in
                guard let entity = resolve(item, key: key, kinds: kinds) else { return nil }
                guard noteOnce(entity, in: &seen, key: key, item: item) else { return nil }
                return Located(make(entity), at: tree.location(of: item))
            }
        case .scalar:
            return resolve(node, key: key, kinds: kinds).map { [Located(make($0), at: tree.location(of: node))] } ?? []
        case .mapping:
            report(.wrongType(key: key, expected: "an id or a list of ids", found: "a mapping"), at: tree.location(of: node))
            return []
        }
    }

    /// Ids of bodies that may belong to an earlier version of the model: resolved when this model has them
    /// (an alias becomes the id), and otherwise kept as written, for a comparison to match.
    mutating func historicalReferences(_ node: SourceTree.Node, key: String) -> [Located<BodyID>] {
        let items = tree.kind(of: node) == .sequence ? tree.children(of: node) : (tree.isNull(node) ? [] : [node])
        var seen: [EntityID: SourceLocation] = [:]
        return items.compactMap { item in
            guard let text = scalar(item, key: key, expected: "an id") else { return nil }
            let location = tree.location(of: item)
            switch index.lookup(text) {
            case .body(let id)?:
                return noteOnce(.body(id), in: &seen, key: key, item: item) ? Located(id, at: location) : nil
            case let entity?:
                report(.wrongReferenceKind(id: text, key: key, found: entity.kind, expected: [.body]), at: location)
                return nil
            case nil where text.utf8.contains(UInt8(ascii: "/")):
                guard let body = historicalCrossFileReference(text, at: location) else { return nil }
                return noteOnce(.body(body), in: &seen, key: key, item: item) ? Located(body, at: location) : nil
            case nil:
                guard Self.isValidIdentifier(text) else {
                    report(.invalidIdentifier(id: text), at: location)
                    return nil
                }
                let body = BodyID(index.qualified(text))
                return noteOnce(.body(body), in: &seen, key: key, item: item) ? Located(body, at: location) : nil
            }
        }
    }

    /// Whether `entity` is named for the first time in a list, `seen` holding where each was named; a second
    /// naming is reported at `item`.
    mutating func noteOnce(_ entity: EntityID, in seen: inout [EntityID: SourceLocation], key: String, item: SourceTree.Node) -> Bool {
        let location = tree.location(of: item)
        if let first = seen[entity] {
            let written = tree.kind(of: item) == .scalar ? tree.text(of: item) : entity.rawValue
            report(.repeatedReference(id: written, key: key, first: first), at: location)
            return false
        }
        seen[entity] = location
        return true
    }

    /// The element a scalar names; `nil`, reported, if it names none of `kinds`.
    private mutating func resolve(_ node: SourceTree.Node, key: String, kinds: [EntityKind]) -> EntityID? {
        guard let text = scalar(node, key: key, expected: "an id") else { return nil }
        let acrossFiles = workspace != nil && text.utf8.contains(UInt8(ascii: "/"))
        if let entity = (acrossFiles ? acrossFilesAtOnce(text) : nil) ?? index.lookup(text) {
            guard kinds.contains(entity.kind) else {
                report(.wrongReferenceKind(id: text, key: key, found: entity.kind, expected: kinds), at: tree.location(of: node))
                return nil
            }
            return entity
        }
        if acrossFiles || text.utf8.contains(UInt8(ascii: "/")) { return crossFileReference(text, at: tree.location(of: node), key: key, kinds: kinds) }
        if kinds.contains(.body) {
            let carriers = index.bodies(formerlyNamed: text, on: modelDate)
            if carriers.count == 1 { return .body(carriers[0]) }
            if carriers.count > 1 {
                report(.ambiguousName(name: text, key: key, candidates: carriers.map(\.rawValue)), at: tree.location(of: node))
                return nil
            }
        }
        var suggestion: String?
        var named: String?
        if suggestionsLeft > 0 {
            suggestionsLeft -= 1
            let names = self.names ?? index.namesByKind
            self.names = names
            // A name written where the id belongs comes first; then the nearest id or alias; then the nearest name.
            let elements = namedElements ?? elementNames()
            namedElements = elements
            let candidates = elements.filter { kinds.contains($0.id.kind) }
            if let match = candidates.first(where: { $0.name.lowercased() == text.lowercased() }) {
                (suggestion, named) = (match.id.rawValue, match.name)
            } else if let id = Suggestion.closest(to: text, in: kinds.lazy.flatMap { names[$0] ?? [] }) {
                suggestion = id
            } else if let name = Suggestion.closest(to: text, in: candidates.map(\.name)),
                      let match = candidates.first(where: { $0.name == name }) {
                (suggestion, named) = (match.id.rawValue, match.name)
            }
        }
        report(.danglingReference(id: text, key: key, expected: kinds, suggestion: suggestion, named: named), at: tree.location(of: node))
        return nil
    }
}

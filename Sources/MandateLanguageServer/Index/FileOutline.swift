import MandateModel

/// What one model file writes, as the editor needs it: the model it declares, every element it declares and
/// every reference it writes, each at its place. Read from the file's tree through ``ModelSchema`` (the keys that
/// take ids are the keys whose type says so), so that it answers for a file whether or not it decodes.
struct FileOutline {
    /// An element the file declares.
    struct Declaration {
        let id: String
        let kind: EntityKind
        let name: String?
        let location: SourceLocation
    }

    /// An id written where the schema expects an element of `kinds`.
    struct Reference {
        let text: String
        let kinds: [EntityKind]
        let key: String
        let location: SourceLocation
    }

    let file: String
    private(set) var model: String?
    private(set) var declarations: [Declaration] = []
    /// Other names of bodies (`aliases:`), with the id of the body each names.
    private(set) var aliases: [(alias: String, body: String)] = []
    private(set) var references: [Reference] = []
    /// The nodes walked so far: a YAML alias shares its anchor's node, and each is walked once, so that an alias bomb
    /// costs no more than its text.
    private var walked = Set<SourceTree.Node>()

    /// The outline of `tree`.
    init(_ tree: SourceTree) {
        file = tree.file
        guard let root = tree.root, tree.kind(of: root) == .mapping else { return }
        for (key, value) in tree.pairs(of: root) {
            let name = tree.text(of: key)
            if name == "model", tree.kind(of: value) == .scalar { model = tree.text(of: value) }
            guard let kind = EntityKind.allCases.first(where: { $0.section == name }), tree.kind(of: value) == .mapping,
                  case .entries(let spec) = ModelSchema.document.key(name)?.type else { continue }
            for (idNode, entry) in tree.pairs(of: value) {
                let id = tree.text(of: idNode)
                let title = tree.kind(of: entry) == .mapping
                    ? tree.pairs(of: entry).first { ["name", "title"].contains(tree.text(of: $0.key)) }.map { tree.text(of: $0.value) } : nil
                declarations.append(Declaration(id: id, kind: kind, name: title, location: tree.location(of: idNode)))
                walk(entry, spec: spec, in: tree, declaring: kind == .body ? id : nil)
            }
        }
    }

    /// Records the references below `node`, an object of `spec` (or a list of them); `body` is the body whose
    /// entry it is, for its aliases.
    private mutating func walk(_ node: SourceTree.Node, spec: ObjectSpec, in tree: SourceTree, declaring body: String?) {
        guard walked.insert(node).inserted else { return }
        if tree.kind(of: node) == .sequence {
            for item in tree.children(of: node) { walk(item, spec: spec, in: tree, declaring: body) }
            return
        }
        guard tree.kind(of: node) == .mapping else { return }
        for (keyNode, value) in tree.pairs(of: node) {
            let key = tree.text(of: keyNode)
            guard let type = spec.key(key)?.type else { continue }
            switch type {
            case .reference(let kinds), .references(let kinds):
                for item in scalars(value, in: tree) {
                    references.append(Reference(text: tree.text(of: item), kinds: kinds, key: key, location: tree.location(of: item)))
                }
            case .members(let membership):
                guard walked.insert(value).inserted else { continue }
                for item in tree.kind(of: value) == .sequence ? tree.children(of: value) : [value] {
                    if tree.kind(of: item) == .scalar {
                        references.append(Reference(text: tree.text(of: item), kinds: [.role], key: key, location: tree.location(of: item)))
                    } else {
                        walk(item, spec: membership, in: tree, declaring: nil)
                    }
                }
            case .object(let inner), .objects(let inner), .records(let inner):
                walk(value, spec: inner, in: tree, declaring: nil)
            case .texts where key == "aliases":
                if let body { aliases += scalars(value, in: tree).map { (tree.text(of: $0), body) } }
            default: break
            }
        }
    }

    /// A scalar, or the scalars of a list.
    private func scalars(_ node: SourceTree.Node, in tree: SourceTree) -> [SourceTree.Node] {
        switch tree.kind(of: node) {
        case .scalar: tree.isNull(node) ? [] : [node]
        case .sequence: tree.children(of: node).filter { tree.kind(of: $0) == .scalar && !tree.isNull($0) }
        case .mapping: []
        }
    }
}

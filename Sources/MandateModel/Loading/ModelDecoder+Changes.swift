/// Reading a body's dated changes.
extension ModelDecoder {
    /// The changes under `key` of `body`, in date order; a change out of order is reported and left out.
    mutating func changes(_ node: SourceTree.Node, key: String, of body: Body) -> [BodyChange] {
        guard !tree.isNull(node) else { return [] }
        let items = tree.kind(of: node) == .sequence ? tree.children(of: node) : [node]
        let spec = ModelSchema.change
        // The change's own keys (`from`, `source`) come first, then the body's dated keys in their order.
        let ownKeys = spec.keys.count - ModelSchema.datedFields.count
        var changes: [BodyChange] = []
        for item in items {
            guard tree.kind(of: item) == .mapping else {
                report(.notAMapping(context: "a change of body '\(body.id)'", found: tree.kind(of: item)), at: tree.location(of: item))
                continue
            }
            let (entries, _, isComplete) = entries(of: item, spec: spec, context: "a change of body '\(body.id)'")
            var values = Body(id: body.id, name: body.name, kind: body.kind, location: tree.location(of: item))
            var from: Day?
            var source: String?
            var keys = Set<String>()
            for (position, _, value) in entries {
                let name = spec.keys[position].name
                switch name {
                case "from": from = day(value, key: name)
                case "source": source = text(value, key: name)
                default:
                    ModelSchema.datedFields[position - ownKeys].decode(&values, value, &self)
                    keys.insert(name)
                }
            }
            for (key, other) in spec.conflicts where keys.contains(key) && keys.contains(other) {
                let keyNode = entries.first { spec.keys[$0.position].name == key }!.key
                report(.conflictingKeys(key: key, other: other), at: tree.location(of: keyNode))
            }
            guard isComplete, let from else { continue }
            if let last = changes.last, from <= last.from {
                report(.changesOutOfOrder(earlier: last.from, later: from), at: tree.location(of: item))
                continue
            }
            changes.append(BodyChange(from: from, keys: keys, values: values, source: source, location: tree.location(of: item)))
        }
        return changes
    }
}

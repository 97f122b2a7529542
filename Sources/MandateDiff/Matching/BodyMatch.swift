import MandateModel

/// How two models' bodies correspond: which body before is which body after, and which bodies were merged
/// or split through `predecessors`.
package struct BodyMatch: Sendable {
    /// Before id → after id, for bodies present in both.
    public let afterOf: [BodyID: BodyID]
    /// After id → before id, for bodies present in both.
    public let beforeOf: [BodyID: BodyID]
    /// Merges: the after body and the before bodies that went into it (its own earlier self first, if any).
    public let merges: [(into: BodyID, from: [BodyID])]
    /// Splits: the before body and the after bodies it became (its own later self first, if any).
    public let splits: [(from: BodyID, into: [BodyID])]
    /// Before bodies with no counterpart after, neither matched nor merged nor split.
    public let removed: [BodyID]
    /// After bodies with no counterpart before.
    public let added: [BodyID]
    /// Names that several unmatched bodies carry, which were therefore not used to pair them.
    public let ambiguousNames: [String]

    /// Matches `before` with `after`: by id, then by `formerly` or a single predecessor, then by name or alias
    /// where the name is unambiguous or the parents are matched already.
    public init(before: Model, after: Model) {
        var afterOf: [BodyID: BodyID] = [:]
        var beforeOf: [BodyID: BodyID] = [:]
        func pair(_ old: BodyID, _ new: BodyID) {
            guard afterOf[old] == nil, beforeOf[new] == nil else { return }
            afterOf[old] = new
            beforeOf[new] = old
        }
        for body in after.bodies where before.bodyPosition(body.id) != nil { pair(body.id, body.id) }
        // A body of a workspace that moved to another file (or whose file's model was renamed): `MODEL/ID` with
        // the same ID on each side, where one body on each side has it.
        if before.isWorkspace || after.isWorkspace {
            var localBefore: [Substring: [BodyID]] = [:]
            for body in before.bodies where afterOf[body.id] == nil { localBefore[Model.localID(body.id.rawValue), default: []].append(body.id) }
            var localAfter: [Substring: [BodyID]] = [:]
            for body in after.bodies where beforeOf[body.id] == nil { localAfter[Model.localID(body.id.rawValue), default: []].append(body.id) }
            for (local, news) in localAfter where news.count == 1 {
                if let olds = localBefore[local], olds.count == 1 { pair(olds[0], news[0]) }
            }
        }
        for body in after.bodies where beforeOf[body.id] == nil {
            for old in body.formerly.map({ BodyID($0) }) where before.bodyPosition(old) != nil && afterOf[old] == nil { pair(old, body.id); break }
        }
        for body in before.bodies where afterOf[body.id] == nil {
            for new in body.formerly.map({ BodyID($0) }) where after.bodyPosition(new) != nil && beforeOf[new] == nil { pair(body.id, new); break }
        }

        // Lineage links between bodies not already paired, from `predecessors` on either side.
        let lineage = Lineage(before: before, after: after, afterOf: afterOf, beforeOf: beforeOf)
        for (old, new) in lineage.oneToOne { pair(old, new) }

        // By name or alias: where one body on each side carries it, or, where several do, the one whose
        // parents are the same bodies; never by file order.
        var namesBefore: [String: [BodyID]] = [:]
        var namesAfter: [String: [BodyID]] = [:]
        for body in before.bodies where afterOf[body.id] == nil {
            for name in Set([body.name] + body.aliases) { namesBefore[name, default: []].append(body.id) }
        }
        for body in after.bodies where beforeOf[body.id] == nil {
            for name in Set([body.name] + body.aliases) { namesAfter[name, default: []].append(body.id) }
        }
        var ambiguous = Set<String>()
        for body in after.bodies where beforeOf[body.id] == nil {
            for name in [body.name] + body.aliases {
                let candidates = (namesBefore[name] ?? []).filter { afterOf[$0] == nil }
                guard !candidates.isEmpty else { continue }
                if candidates.count == 1, namesAfter[name]?.count == 1 {
                    pair(candidates[0], body.id)
                    break
                }
                let parents = Set(body.reportsTo.map(\.value))
                let sameParents = candidates.filter { old in
                    Set(before.body(old)?.reportsTo.map { afterOf[$0.value] ?? $0.value } ?? []) == parents
                }
                if sameParents.count == 1 {
                    pair(sameParents[0], body.id)
                    break
                }
                ambiguous.insert(name)
            }
        }
        ambiguousNames = ambiguous.filter { name in
            (namesBefore[name] ?? []).contains { afterOf[$0] == nil } || (namesAfter[name] ?? []).contains { beforeOf[$0] == nil }
        }.sorted()

        let final = Lineage(before: before, after: after, afterOf: afterOf, beforeOf: beforeOf)
        self.afterOf = afterOf
        self.beforeOf = beforeOf
        merges = final.merges
        splits = final.splits
        let mergedOrSplitBefore = Set(final.merges.flatMap(\.from) + final.splits.map(\.from))
        let mergedOrSplitAfter = Set(final.merges.map(\.into) + final.splits.flatMap(\.into))
        removed = before.bodies.map(\.id).filter { afterOf[$0] == nil && !mergedOrSplitBefore.contains($0) }
        added = after.bodies.map(\.id).filter { beforeOf[$0] == nil && !mergedOrSplitAfter.contains($0) }
    }

    /// Where a before body went: its match, or the body it was merged into.
    public func destination(of old: BodyID) -> BodyID? {
        if let new = afterOf[old] { return new }
        return merges.first { $0.from.contains(old) }?.into
    }
}

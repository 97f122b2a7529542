import MandateModel

/// The `predecessors` links between two models, read from both sides so that comparing A with B and B with
/// A see the same links: an after body that names a before body, or a before body that names an after body.
struct Lineage {
    /// Links between bodies that are each the only link of the other and not otherwise paired: one body
    /// continued under another id.
    let oneToOne: [(BodyID, BodyID)]
    let merges: [(into: BodyID, from: [BodyID])]
    let splits: [(from: BodyID, into: [BodyID])]

    init(before: Model, after: Model, afterOf: [BodyID: BodyID], beforeOf: [BodyID: BodyID]) {
        var sources: [BodyID: [BodyID]] = [:]
        var targets: [BodyID: [BodyID]] = [:]
        func link(_ old: BodyID, _ new: BodyID) {
            guard afterOf[old] != new, !(sources[new]?.contains(old) ?? false) else { return }
            sources[new, default: []].append(old)
            targets[old, default: []].append(new)
        }
        for body in after.bodies {
            for old in body.predecessors.map(\.value) where before.body(old) != nil { link(old, body.id) }
        }
        for body in before.bodies {
            for new in body.predecessors.map(\.value) where after.body(new) != nil { link(body.id, new) }
        }
        var oneToOne: [(BodyID, BodyID)] = []
        var merges: [(into: BodyID, from: [BodyID])] = []
        var splits: [(from: BodyID, into: [BodyID])] = []
        for body in after.bodies {
            guard let from = sources[body.id], from.allSatisfy({ targets[$0] == [body.id] }) else { continue }
            let own = beforeOf[body.id].map { [$0] } ?? []
            if own.isEmpty, from.count == 1, afterOf[from[0]] == nil {
                oneToOne.append((from[0], body.id))
            } else if own.count + from.count >= 2, from.allSatisfy({ afterOf[$0] == nil }) {
                merges.append((body.id, own + from))
            }
        }
        for body in before.bodies {
            guard let into = targets[body.id], into.count + (afterOf[body.id] == nil ? 0 : 1) >= 2,
                  into.allSatisfy({ sources[$0] == [body.id] && beforeOf[$0] == nil }) else { continue }
            splits.append((body.id, (afterOf[body.id].map { [$0] } ?? []) + into))
        }
        self.oneToOne = oneToOne
        self.merges = merges
        self.splits = splits
    }
}

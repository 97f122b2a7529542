import MandateModel
import MandateRules

/// Bodies alive at a date whose members (chair, co-chairs and permanent members; ad hoc guests are not
/// members) overlap: every pair with at least two members each whose Jaccard similarity is at least a
/// threshold, with the members they share and their nearest common parent.
///
/// Pairs are found through an index of each role's bodies, so only bodies that share a member are compared.
public struct OverlapAnalysis: Sendable {
    /// The pairs, most similar first, then in model order.
    public let pairs: [OverlapPair]
    /// How many bodies alive at the date have at least two members, and so could be compared.
    public let comparable: Int
    public let minimum: Double
    public let date: Day

    /// The overlaps of `model` on `date` with a Jaccard similarity of at least `minimum`.
    public init(_ model: Model, at date: Day, minimum: Double = 0.5) {
        let context = RuleContext(model: model, date: date)
        let bodies = context.model.bodies
        self.date = date
        self.minimum = minimum
        var members: [Int: [RoleID]] = [:]
        var bodiesOf: [RoleID: [Int]] = [:]
        for position in bodies.indices where context.isChecked[position] {
            let body = bodies[position]
            var roles: [RoleID] = []
            for role in (body.chair.map { [$0] } ?? []) + body.coChairs + body.members.map(\.role) where !roles.contains(role.value) {
                roles.append(role.value)
            }
            guard roles.count >= 2 else { continue }
            members[position] = roles
            for role in roles { bodiesOf[role, default: []].append(position) }
        }
        comparable = members.count
        var pairs: [(Int, Int, OverlapPair)] = []
        for first in members.keys.sorted() {
            let own = members[first]!
            var sharedWith: [Int: Int] = [:]
            for role in own { for other in bodiesOf[role]! where other > first { sharedWith[other, default: 0] += 1 } }
            for (second, count) in sharedWith {
                let union = own.count + members[second]!.count - count
                let jaccard = Double(count) / Double(union)
                guard jaccard >= minimum else { continue }
                let theirs = Set(members[second]!)
                pairs.append((first, second, OverlapPair(bodies: [bodies[first].id, bodies[second].id], jaccard: jaccard,
                                                         shared: own.filter(theirs.contains),
                                                         commonParent: Self.nearestCommonParent(first, second, context: context))))
            }
        }
        self.pairs = pairs.sorted { ($1.2.jaccard, $0.0, $0.1) < ($0.2.jaccard, $1.0, $1.1) }.map(\.2)
    }

    /// The nearest body both reach upward (reporting lines, or anchoring for a body with none), fewest steps from
    /// the second first; `nil` where their lines never meet.
    static func nearestCommonParent(_ first: Int, _ second: Int, context: RuleContext) -> BodyID? {
        func upward(from start: Int) -> [Int] {
            var seen: Set<Int> = [start]
            var order: [Int] = []
            var frontier = [start]
            while !frontier.isEmpty {
                var next: [Int] = []
                for position in frontier {
                    for parent in context.upwardLines[position] where seen.insert(parent).inserted {
                        order.append(parent)
                        next.append(parent)
                    }
                }
                frontier = next
            }
            return order
        }
        let above = Set(upward(from: first))
        return upward(from: second).first(where: above.contains).map { context.model.bodies[$0].id }
    }
}

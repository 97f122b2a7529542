/// Writes large, realistic model files for benchmarks and scale tests: a tree of bodies under a few
/// roots, each body with a chair among its members, a secretariat and a source sentence; optionally with
/// planted defects, and as a changed copy with planted changes, whose ids are known.
///
/// The same parameters always give byte-identical YAML.
public struct SyntheticModel: Sendable {
    public let bodyCount: Int
    public let seed: UInt64
    public let defects: PlantedDefects
    /// How much each body says.
    public let shape: SyntheticShape
    /// How the bodies hang together.
    public let tree: SyntheticTree

    /// Ids of the bodies planted in each cycle, in reporting order.
    public let cycleBodies: [[String]]
    /// Ids of the tops of the planted orphan subtrees, with how many bodies each cuts off below it.
    public let orphanTops: [(id: String, below: Int)]
    /// Ids of the bodies planted with two reporting lines.
    public let doubleReporters: [String]

    let organisationCount: Int
    let unitCount: Int
    let roleCount: Int
    let bodies: [SyntheticBody]

    /// Plans a model of `bodyCount` bodies; ``yaml()`` writes it.
    public init(bodyCount: Int, seed: UInt64 = 1, defects: PlantedDefects = .none, shape: SyntheticShape = .typical,
                tree: SyntheticTree = .random) {
        self.bodyCount = bodyCount
        self.shape = shape
        self.tree = tree
        self.seed = seed
        self.defects = defects
        let organisationCount = max(1, bodyCount / 500)
        let unitCount = max(1, bodyCount / 50)
        let roleCount = max(4, bodyCount / 4)
        self.organisationCount = organisationCount
        self.unitCount = unitCount
        self.roleCount = roleCount
        var cycleBodies: [[String]] = []
        var orphanTops: [(id: String, below: Int)] = []
        let treeCount = bodyCount - defects.cycles * 3 - defects.orphans * 3
        precondition(treeCount >= 10, "too many defects for \(bodyCount) bodies")
        var next = treeCount
        for _ in 0..<defects.cycles {
            cycleBodies.append((next..<next + 3).map(SyntheticModel.bodyID))
            next += 3
        }
        for _ in 0..<defects.orphans {
            orphanTops.append((SyntheticModel.bodyID(next), 2))
            next += 3
        }
        let doubleReporters = (0..<defects.doubleReportingLines).map { Self.bodyID(treeCount - 1 - $0 * 2) }
        self.cycleBodies = cycleBodies
        self.orphanTops = orphanTops
        self.doubleReporters = doubleReporters

        var random = SplitMix64(seed: seed)
        let rootCount = tree.rootCount(of: treeCount)
        let fixedParents = tree.fixedParents(count: treeCount)
        let doubles = Set(doubleReporters)
        var drawn: [SyntheticBody] = []
        func draw(_ index: Int, parents: [Int], isRoot: Bool) -> SyntheticBody {
            let chair = random.below(roleCount)
            var member = random.below(roleCount)
            if member == chair { member = (member + 1) % roleCount }
            let kind = isRoot ? "political" : SyntheticModel.kinds[random.below(SyntheticModel.kinds.count)]
            // A body mostly belongs to its parent's organisation; one in ten belongs to one drawn at random.
            let drawnOrganisation = random.below(organisationCount)
            let organisation = parents.first.flatMap { parent in index % 10 == 0 || parent >= drawn.count ? nil : drawn[parent].organisation }
                ?? drawnOrganisation
            let unit = random.below(unitCount)
            return SyntheticBody(index: index, name: "Udvalg nr. \(index) for sundhed og sammenhæng", kind: kind,
                                 organisation: organisation, isRoot: isRoot, parents: parents, chair: chair, member: member,
                                 memberCount: 1 + random.below(3), unit: unit, cadence: SyntheticModel.cadences[random.below(SyntheticModel.cadences.count)])
        }
        for index in 0..<treeCount {
            var parents: [Int] = []
            if let fixedParents {
                parents = fixedParents[index].map { [$0] } ?? []
            } else if index >= rootCount {
                // Parents are earlier bodies, so the tree has no cycles; early bodies get many children.
                let span = min(index, max(rootCount, index / 2 + 1))
                parents.append(index - 1 - random.below(span))
                if shape == .joint, index % 10 == 0, index > rootCount + 2 {
                    for _ in 0..<2 {
                        var other = random.below(index)
                        while parents.contains(other) { other = (other + 1) % index }
                        parents.append(other)
                    }
                }
                if doubles.contains(SyntheticModel.bodyID(index)) {
                    var second = random.below(index)
                    if second == parents[0] { second = (second + 1) % index }
                    parents.append(second)
                }
            }
            var body = draw(index, parents: parents, isRoot: index < rootCount)
            body.isJoint = parents.count > 1 && !doubles.contains(SyntheticModel.bodyID(index))
            drawn.append(body)
        }
        for cycle in cycleBodies {
            for (position, id) in cycle.enumerated() {
                drawn.append(draw(Int(id.dropFirst())!, parents: [Int(cycle[(position + 1) % cycle.count].dropFirst())!], isRoot: false))
            }
        }
        for (top, below) in orphanTops {
            let index = Int(top.dropFirst())!
            drawn.append(draw(index, parents: [], isRoot: false))
            for offset in 1...below { drawn.append(draw(index + offset, parents: [index], isRoot: false)) }
        }
        bodies = drawn
    }

    /// The id of the body at `index`.
    public static func bodyID(_ index: Int) -> String { "b\(index)" }

    private static let kinds = ["forum", "committee", "council", "working-group", "steering-group"]
    private static let cadences = ["weekly", "monthly", "quarterly", "yearly", "ad-hoc"]

    /// The model as YAML.
    public func yaml() -> String {
        write(bodies, name: "synthetic-\(bodyCount)")
    }

    /// The model as YAML with `dates` distinct dates on which it changes, a day apart from 2026-06-02: on each,
    /// one body moves to another parent (an earlier body, so no cycle arises), one gets a new chair and one a
    /// new secretariat.
    public func datedYAML(dates: Int) -> String {
        var copy = bodies
        var random = SplitMix64(seed: seed &+ 7)
        var (year, month, dayOfMonth) = (2026, 6, 1)
        for _ in 0..<dates {
            let monthLength = [31, year % 4 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            (month, dayOfMonth) = dayOfMonth < monthLength ? (month, dayOfMonth + 1) : (month % 12 + 1, 1)
            if month == 1, dayOfMonth == 1 { year += 1 }
            let day = "\(year)-\(month < 10 ? "0" : "")\(month)-\(dayOfMonth < 10 ? "0" : "")\(dayOfMonth)"
            let mover = 1 + random.below(copy.count - 1)
            if copy[mover].parents.count == 1, !copy[mover].isRoot {
                copy[mover].changes.append("{from: \(day), reportsTo: \(Self.bodyID(random.below(copy[mover].index)))}")
            }
            copy[random.below(copy.count)].changes.append("{from: \(day), chair: role\(random.below(roleCount))}")
            copy[random.below(copy.count)].changes.append("{from: \(day), secretariat: unit\(random.below(unitCount))}")
        }
        for index in copy.indices { copy[index].changes.sort() }
        return write(copy, name: "synthetic-\(bodyCount)-dated")
    }

    /// The same bodies as a CSV export, one row per body (organisations, roles and units are declared by
    /// naming them, and members lose their seat counts), with CRLF line ends and quoted texts.
    public func csv() -> String {
        var out = "id,name,kind,root,reportsTo,chair,organisation,members,secretariat,cadence,source\r\n"
        for body in bodies { out += body.csvRow }
        return out
    }

    /// A copy of the model with `changes` applied, as YAML, and the ids each change touched.
    public func changedCopy(_ changes: PlantedChanges) -> (yaml: String, applied: AppliedChanges) {
        var copy = bodies
        var applied = AppliedChanges()
        var hasChildren = Set<Int>()
        for body in bodies { body.parents.forEach { hasChildren.insert($0) } }
        // Changes fall on bodies spread over the model, each body touched once.
        let wanted = changes.removed + changes.renamed + changes.moved + changes.chairChanged
        let stride = max(1, bodies.count / (4 * wanted + 1))
        var candidates = Array(Swift.stride(from: bodies.count - 1, to: 0, by: -stride)).filter { !bodies[$0].isRoot && bodies[$0].parents.count == 1 }[...]
        func take(_ count: Int, where accept: (Int) -> Bool = { _ in true }) -> [Int] {
            var taken: [Int] = []
            while taken.count < count, let next = candidates.popFirst() { if accept(next) { taken.append(next) } }
            return taken
        }
        let removed = take(changes.removed) { !hasChildren.contains(bodies[$0].index) }
        let removedIndices = Set(removed.map { bodies[$0].index })
        for position in take(changes.renamed) {
            copy[position].name += " (omdøbt)"
            applied.renamed.append(Self.bodyID(bodies[position].index))
        }
        for position in take(changes.moved, where: { bodies[$0].index > 2 }) {
            let old = bodies[position].parents[0]
            // An earlier body than the old parent keeps the tree free of cycles; a removed one would leave the line dangling.
            var target = old == 0 ? 1 : old - 1 == bodies[position].index ? 0 : old - 1
            while removedIndices.contains(target) && target > 0 { target -= 1 }
            copy[position].parents = [target]
            applied.moved.append((Self.bodyID(bodies[position].index), Self.bodyID(old), Self.bodyID(copy[position].parents[0])))
        }
        for position in take(changes.chairChanged) {
            var chair = (bodies[position].chair + 1) % roleCount
            if chair == bodies[position].member { chair = (chair + 1) % roleCount }
            copy[position].chair = chair
            applied.chairChanged.append(Self.bodyID(bodies[position].index))
        }
        applied.removed = removed.map { Self.bodyID(bodies[$0].index) }
        precondition(applied.removed.count == changes.removed && applied.renamed.count == changes.renamed
                     && applied.moved.count == changes.moved && applied.chairChanged.count == changes.chairChanged,
                     "the model has too few bodies for the changes asked for")
        let removedSet = Set(removed)
        copy = copy.enumerated().filter { !removedSet.contains($0.offset) }.map(\.element)
        for number in 0..<changes.added {
            let index = bodyCount + number
            var drawn = (number * 7919) % bodies.count
            while removedIndices.contains(bodies[drawn].index) { drawn = (drawn + 1) % bodies.count }
            let parent = bodies[drawn].index
            copy.append(SyntheticBody(index: index, name: "Nyt udvalg nr. \(index)", kind: "working-group", organisation: 0,
                                      isRoot: false, parents: [parent], chair: 0, member: 1, memberCount: 1, unit: 0, cadence: "monthly"))
            applied.added.append(Self.bodyID(index))
        }
        return (write(copy, name: "synthetic-\(bodyCount)-changed"), applied)
    }

    private func write(_ bodies: [SyntheticBody], name: String) -> String {
        var out = "mandate: 1\nmodel: \(name)\ntitle: Synthetic structure of \(bodyCount) bodies\n"
        out += "source: \"SyntheticModel(bodyCount: \(bodyCount), seed: \(seed))\"\ndate: 2026-06-01\n\norganisations:\n"
        for index in 0..<organisationCount {
            out += "  org\(index): {name: Organisation \(index), kind: \(index % 2 == 0 ? "region" : "municipality")}\n"
        }
        out += "\nunits:\n"
        for index in 0..<unitCount {
            out += "  unit\(index): {name: Sekretariat \(index), short: S\(index), organisation: org\(index % organisationCount)}\n"
        }
        out += "\nroles:\n"
        for index in 0..<roleCount {
            out += "  role\(index): {title: Direktør for område \(index), organisation: org\(index % organisationCount)}\n"
        }
        out += "\nbodies:\n"
        for body in bodies { out += shape == .dense ? body.denseYAML : body.yaml }
        return out
    }
}

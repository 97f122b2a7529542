/// Writes large, realistic model files for benchmarks and scale tests: a tree of bodies under a few
/// roots, each body with a chair among its members, a secretariat and a source sentence; optionally with
/// planted defects whose ids are known.
///
/// The same parameters always give byte-identical YAML.
public struct SyntheticModel: Sendable {
    public let bodyCount: Int
    public let seed: UInt64
    public let defects: PlantedDefects

    /// Ids of the bodies planted in each cycle, in reporting order.
    public private(set) var cycleBodies: [[String]] = []
    /// Ids of the tops of the planted orphan subtrees, with how many bodies each cuts off below it.
    public private(set) var orphanTops: [(id: String, below: Int)] = []
    /// Ids of the bodies planted with two reporting lines.
    public private(set) var doubleReporters: [String] = []

    /// Plans a model of `bodyCount` bodies; `yaml()` writes it.
    public init(bodyCount: Int, seed: UInt64 = 1, defects: PlantedDefects = .none) {
        self.bodyCount = bodyCount
        self.seed = seed
        self.defects = defects
        var next = bodyCount - defects.cycles * 3 - defects.orphans * 3
        precondition(next >= 10, "too many defects for \(bodyCount) bodies")
        for _ in 0..<defects.cycles {
            cycleBodies.append((next..<next + 3).map(Self.bodyID))
            next += 3
        }
        for _ in 0..<defects.orphans {
            orphanTops.append((Self.bodyID(next), 2))
            next += 3
        }
        let treeCount = bodyCount - defects.cycles * 3 - defects.orphans * 3
        doubleReporters = (0..<defects.doubleReportingLines).map { Self.bodyID(treeCount - 1 - $0 * 2) }
    }

    /// The id of the body at `index`.
    public static func bodyID(_ index: Int) -> String { "b\(index)" }

    private static let kinds = ["forum", "committee", "council", "working-group", "steering-group"]
    private static let cadences = ["weekly", "monthly", "quarterly", "yearly", "ad-hoc"]

    /// The model as YAML.
    public func yaml() -> String {
        var random = SplitMix64(seed: seed)
        let organisationCount = max(1, bodyCount / 500)
        let unitCount = max(1, bodyCount / 50)
        let roleCount = max(4, bodyCount / 4)
        var out = "mandate: 1\nmodel: synthetic-\(bodyCount)\ntitle: Synthetic structure of \(bodyCount) bodies\n"
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
        let treeCount = bodyCount - defects.cycles * 3 - defects.orphans * 3
        let rootCount = max(1, treeCount / 1000)
        let doubles = Set(doubleReporters)
        for index in 0..<treeCount {
            var parents: [Int] = []
            if index >= rootCount {
                // Parents are earlier bodies, so the tree has no cycles; early bodies get many children.
                let span = min(index, max(rootCount, index / 2 + 1))
                parents.append(index - 1 - random.below(span))
                if doubles.contains(Self.bodyID(index)) {
                    var second = random.below(index)
                    if second == parents[0] { second = (second + 1) % index }
                    parents.append(second)
                }
            }
            out += body(index, parents: parents.map(Self.bodyID), isRoot: index < rootCount, random: &random,
                        roles: roleCount, units: unitCount, organisations: organisationCount)
        }
        for cycle in cycleBodies {
            for (position, id) in cycle.enumerated() {
                let index = Int(id.dropFirst())!
                out += body(index, parents: [cycle[(position + 1) % cycle.count]], isRoot: false, random: &random,
                            roles: roleCount, units: unitCount, organisations: organisationCount)
            }
        }
        for (top, below) in orphanTops {
            let index = Int(top.dropFirst())!
            out += body(index, parents: [], isRoot: false, random: &random, roles: roleCount, units: unitCount,
                        organisations: organisationCount)
            for offset in 1...below {
                out += body(index + offset, parents: [top], isRoot: false, random: &random, roles: roleCount, units: unitCount,
                            organisations: organisationCount)
            }
        }
        return out
    }

    private func body(_ index: Int, parents: [String], isRoot: Bool, random: inout SplitMix64,
                      roles: Int, units: Int, organisations: Int) -> String {
        let chair = random.below(roles)
        let member = random.below(roles)
        var out = "  \(Self.bodyID(index)):\n    name: Udvalg nr. \(index) for sundhed og sammenhæng\n"
        out += "    kind: \(isRoot ? "political" : Self.kinds[random.below(Self.kinds.count)])\n"
        out += "    organisation: org\(random.below(organisations))\n"
        if isRoot { out += "    root: true\n" }
        switch parents.count {
        case 0: break
        case 1: out += "    reportsTo: \(parents[0])\n"
        default: out += "    reportsTo: [\(parents.joined(separator: ", "))]\n"
        }
        out += "    chair: role\(chair)\n"
        out += "    secretariat: [unit\(random.below(units))]\n"
        out += "    members:\n      - role\(chair)\n      - {role: role\(member), count: \(1 + random.below(3))}\n"
        out += "    cadence: \(Self.cadences[random.below(Self.cadences.count)])\n"
        out += "    source: \"Udvalg nr. \(index) nedsættes af og refererer til det overordnede organ.\"\n"
        return out
    }
}

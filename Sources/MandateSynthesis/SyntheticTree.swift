/// How the bodies of a synthetic model hang together: the shapes of structure that diagrams must cope with.
public enum SyntheticTree: Sendable, Hashable {
    /// A few roots (one per 1,000 bodies), each body under a random earlier one: early bodies get many
    /// children, and the tree is deep.
    case random
    /// `roots` roots with `children` children each, and the rest of the bodies spread as leaves under those
    /// children, at most `grandchildren` under any one: a legislature's chambers, committees and subcommittees.
    case wide(roots: Int, children: Int, grandchildren: Int)
    /// One root with every other body as its leaf.
    case flat

    /// The shape a command line names: `random`, `wide` (2 roots of 50 children, up to 28 under each) or `flat`.
    public init?(name: String) {
        switch name {
        case "random": self = .random
        case "wide": self = .wide(roots: 2, children: 50, grandchildren: 28)
        case "flat": self = .flat
        default: return nil
        }
    }

    /// How many roots a tree of `count` bodies has.
    func rootCount(of count: Int) -> Int {
        switch self {
        case .random: max(1, count / 1000)
        case .wide(let roots, _, _): min(roots, count)
        case .flat: 1
        }
    }

    /// The parent of each body of a tree of `count` bodies, in order, for the shapes whose parents are fixed;
    /// `nil` for ``random``, whose parents are drawn as the bodies are.
    func fixedParents(count: Int) -> [Int?]? {
        switch self {
        case .random:
            return nil
        case .flat:
            return (0..<count).map { $0 == 0 ? nil : 0 }
        case .wide(let roots, let children, let grandchildren):
            var parents: [Int?] = Array(repeating: nil, count: min(roots, count))
            let middle = min(roots * children, count - parents.count)
            parents += (0..<middle).map { Optional($0 % roots) }
            // The leaves go to the middle bodies in turn, halving from the largest share: a few
            // committees with many subcommittees, most with a few or none.
            var remaining = count - parents.count
            var next = 0
            while remaining > 0, middle > 0 {
                let share = min(remaining, max(1, grandchildren >> (next % 6)))
                parents += Array(repeating: Optional(roots + next % middle), count: share)
                remaining -= share
                next += 1
            }
            return parents
        }
    }
}

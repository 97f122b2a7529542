import ArgumentParser
import Foundation
import MandateModel
import MandateRules
import MandateSynthesis

/// Where the time of `mandate check` goes: reading into a tree, decoding, and the rules, each against
/// libyaml's bare event scan of the same file.
struct PhasesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phases", abstract: "Time each phase of loading and checking.")

    @Argument(help: "Model sizes in bodies.")
    var sizes: [Int] = [100_000]

    func run() throws {
        try Self.printTable(sizes: sizes)
    }

    /// Measures and prints the phases at each size, for each shape of synthetic model.
    static func printTable(sizes: [Int]) throws {
        var rows: [[String]] = []
        for bodies in sizes {
            for shape in SyntheticShape.allCases {
                let yaml = Array(SyntheticModel(bodyCount: bodies, shape: shape).yaml().utf8)
                let file = "Models/synthetic-\(bodies)-\(shape.rawValue).yaml"
                var best = [Double](repeating: .infinity, count: 5)
                for _ in 0..<5 {
                    best[0] = min(best[0], Stopwatch.best(of: 1) { EventScan.count(yaml) }.seconds)
                    let tree = try Stopwatch.best(of: 1) { try ModelLoader.parse(contents: yaml, file: file, format: .yaml) }
                    best[1] = min(best[1], tree.seconds)
                    let model = try Stopwatch.best(of: 1) { try ModelLoader.load(contents: yaml, file: file, format: .yaml) }
                    best[2] = min(best[2], model.seconds - tree.seconds)
                    best[3] = min(best[3], Stopwatch.best(of: 1) { Checker().check(model.result, at: Suite.date).findings.count }.seconds)
                    // The tree as libyaml alone reads it, for the fast subset reader's gain on the whole check.
                    best[4] = min(best[4], try Stopwatch.best(of: 1) {
                        try ModelLoader.parse(contents: yaml, file: file, format: .yaml, yamlReaders: .libyamlOnly)
                    }.seconds)
                }
                let all = best[1...3].reduce(0, +)
                let libyamlAlone = all - best[1] + best[4]
                rows.append([Table.format(Double(bodies), 0), shape.rawValue, Table.format(Double(yaml.count) / 1_000_000, 1)]
                            + best[0...3].map { Table.format($0) } + [Table.format(all / best[0], 2) + "x", Table.format(best[4]),
                                                                      Table.format(libyamlAlone / all, 2) + "x"])
            }
        }
        Table.print("Phases of `mandate check` in-process (best of 5), against libyaml's bare event scan; and the tree read by "
                    + "libyaml alone, with the whole check's time through it against the fast subset reader's",
                    ["bodies", "shape", "MB", "scan s", "tree s", "decode s", "rules s", "all / scan", "libyaml tree s", "libyaml all / all"], rows)
    }
}

import MandateDiff
import MandateModel
import MandateSynthesis

/// The time to compare two large models against the time to load both.
enum DiffBenchmark {
    static func run(bodies: Int) throws {
        let synthetic = SyntheticModel(bodyCount: bodies, seed: 3)
        let before = Array(synthetic.yaml().utf8)
        let after = Array(synthetic.changedCopy(PlantedChanges(removed: 40, added: 30, renamed: 25, moved: 20, chairChanged: 15)).yaml.utf8)
        let load = try Stopwatch.best(of: 3) {
            (try ModelLoader.load(contents: before, file: "before.yaml", format: .yaml),
             try ModelLoader.load(contents: after, file: "after.yaml", format: .yaml))
        }
        let date = Day("2026-06-01")!
        let compare = Stopwatch.best(of: 3) { Differ().compare(load.result.0, load.result.1, beforeDate: date, afterDate: date) }
        print("\nComparing two \(bodies)-body models with 130 planted changes (best of 3 runs; the rules run on both)")
        print(["load both s", "compare s", "compare / load", "changes"].map { Table.pad($0, 15) }.joined())
        print([Table.format(load.seconds), Table.format(compare.seconds), Table.format(compare.seconds / load.seconds, 2) + "x",
               String(compare.result.changes.count)].map { Table.pad($0, 15) }.joined())
    }
}

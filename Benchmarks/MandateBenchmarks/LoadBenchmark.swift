import Foundation
import MandateModel
import MandateRules
import MandateSynthesis

/// Load and check times for synthetic models, side by side with libyaml's bare event scan.
enum LoadBenchmark {
    static func run(sizes: [Int], perRule: Bool) throws {
        print("Loading and checking synthetic models (best of 3 runs; MB/s over the file's bytes)")
        print(["bodies", "MB", "event scan s", "tree s", "load s", "load MB/s", "load / scan", "rules s", "findings"]
            .map { Table.pad($0, 13) }.joined())
        for bodies in sizes {
            let bytes = Array(SyntheticModel(bodyCount: bodies).yaml().utf8)
            let megabytes = Double(bytes.count) / 1_000_000
            let scan = Stopwatch.best(of: 3) { EventScan.count(bytes) }
            let tree = try Stopwatch.best(of: 3) { try ModelLoader.parse(contents: bytes, file: "synthetic.yaml", format: .yaml) }
            let load = try Stopwatch.best(of: 3) { try ModelLoader.load(contents: bytes, file: "synthetic.yaml", format: .yaml) }
            precondition(load.result.bodies.count == bodies && scan.result > 0 && tree.result.root != nil)
            let check = Stopwatch.best(of: 3) { Checker().check(load.result, at: Day("2026-06-01")!) }
            print([String(bodies), Table.format(megabytes, 1), Table.format(scan.seconds), Table.format(tree.seconds),
                   Table.format(load.seconds), Table.format(megabytes / load.seconds, 1),
                   Table.format(load.seconds / scan.seconds, 2) + "x", Table.format(check.seconds),
                   String(check.result.findings.count)].map { Table.pad($0, 13) }.joined())
            if perRule { RuleTimes.print(load.result, at: Day("2026-06-01")!) }
        }
    }
}

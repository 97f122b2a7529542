import Foundation
import MandateModel
import MandateRules
import MandateSynthesis

// Prints load and check figures for synthetic models of growing size, side by side with libyaml's bare event scan
// of the same bytes. Run in release: swift run -c release mandate-benchmarks

func format(_ value: Double, _ digits: Int = 3) -> String { String(format: "%.\(digits)f", value) }
func pad(_ text: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - text.count)) + text }

let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let perRule = CommandLine.arguments.contains("--per-rule")
print("Loading synthetic models (best of 3 runs; MB/s over the file's bytes)")
print(["bodies", "MB", "event scan s", "tree s", "load s", "load MB/s", "load / scan", "rules s", "findings"].map { pad($0, 13) }.joined())
do {
for bodies in sizes.isEmpty ? [1_000, 10_000, 100_000] : sizes {
    let bytes = Array(SyntheticModel(bodyCount: bodies).yaml().utf8)
    let megabytes = Double(bytes.count) / 1_000_000
    let scan = Stopwatch.best(of: 3) { EventScan.count(bytes) }
    let tree = try Stopwatch.best(of: 3) { try ModelLoader.parse(contents: bytes, file: "synthetic.yaml", format: .yaml) }
    let load = try Stopwatch.best(of: 3) { try ModelLoader.load(contents: bytes, file: "synthetic.yaml", format: .yaml) }
    precondition(load.result.bodies.count == bodies && scan.result > 0 && tree.result.root != nil)
    let check = Stopwatch.best(of: 3) { Checker().check(load.result, at: Day("2026-06-01")!) }
    print([String(bodies), format(megabytes, 1), format(scan.seconds), format(tree.seconds), format(load.seconds),
           format(megabytes / load.seconds, 1), format(load.seconds / scan.seconds, 2) + "x", format(check.seconds),
           String(check.result.findings.count)].map { pad($0, 13) }.joined())
    if perRule { RuleTimes.print(load.result, at: Day("2026-06-01")!) }
}
} catch {
    print(error)
    exit(2)
}

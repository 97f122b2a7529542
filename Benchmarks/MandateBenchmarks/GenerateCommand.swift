import Foundation
import MandateSynthesis

/// Writes a synthetic model file: `generate BODIES FILE [--seed N] [--cycles N] [--orphans N] [--double-lines N]
/// [--changed-copy FILE]`.
enum GenerateCommand {
    static func run(_ arguments: [String]) throws {
        var positional: [String] = []
        var options: [String: String] = [:]
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument.hasPrefix("--"), index + 1 < arguments.count {
                options[String(argument.dropFirst(2))] = arguments[index + 1]
                index += 2
            } else {
                positional.append(argument)
                index += 1
            }
        }
        guard positional.count == 2, let bodies = Int(positional[0]), bodies >= 10 else {
            print("usage: mandate-benchmarks generate BODIES FILE [--seed N] [--cycles N] [--orphans N] [--double-lines N] [--changed-copy FILE]")
            exit(2)
        }
        let number = { (key: String) in options[key].flatMap { Int($0) } ?? 0 }
        let defects = PlantedDefects(cycles: number("cycles"), orphans: number("orphans"), doubleReportingLines: number("double-lines"))
        let model = SyntheticModel(bodyCount: bodies, seed: UInt64(options["seed"].flatMap { Int($0) } ?? 1), defects: defects)
        try model.yaml().write(toFile: positional[1], atomically: true, encoding: .utf8)
        if let changed = options["changed-copy"] {
            let copy = model.changedCopy(PlantedChanges(removed: 40, added: 30, renamed: 25, moved: 20, chairChanged: 15))
            try copy.yaml.write(toFile: changed, atomically: true, encoding: .utf8)
        }
    }
}

import Foundation

// Benchmarks that print figures; nothing here asserts a time. Run in release from the package root:
//   swift run -c release mandate-benchmarks                 every suite
//   swift run -c release mandate-benchmarks load [BODIES…] [--per-rule]
//   swift run -c release mandate-benchmarks render [BODIES] [RENDERS]
//   swift run -c release mandate-benchmarks diff [BODIES]
//   swift run -c release mandate-benchmarks render-loop N   (the workload of scripts/leak-check)
let arguments = Array(CommandLine.arguments.dropFirst())
let numbers = arguments.compactMap { Int($0) }
do {
    switch arguments.first {
    case "load":
        try LoadBenchmark.run(sizes: numbers.isEmpty ? [1_000, 10_000, 100_000] : numbers, perRule: arguments.contains("--per-rule"))
    case "render":
        try RenderBenchmark.run(bodies: numbers.first ?? 1_000, renders: numbers.dropFirst().first ?? 1_000)
    case "diff":
        try DiffBenchmark.run(bodies: numbers.first ?? 100_000)
    case "generate":
        try GenerateCommand.run(Array(arguments.dropFirst()))
    case "render-loop":
        try RenderBenchmark.loop(count: numbers.first ?? 100)
    case nil:
        try LoadBenchmark.run(sizes: [1_000, 10_000, 100_000], perRule: false)
        try RenderBenchmark.run(bodies: 1_000, renders: 1_000)
        try DiffBenchmark.run(bodies: 100_000)
    default:
        print("usage: mandate-benchmarks [load [BODIES…] [--per-rule] | render [BODIES] [RENDERS] | diff [BODIES] | render-loop N]")
        exit(2)
    }
} catch {
    print(error)
    exit(2)
}

import Foundation

// Benchmarks that print figures; nothing here asserts a time. Build in release, then run from the package root:
//   swift build -c release && .build/release/mandate-benchmarks          the whole suite, 1,000 / 10,000 / 100,000 bodies
//   .build/release/mandate-benchmarks suite BODIES…                      the suite at other sizes
//   .build/release/mandate-benchmarks generate BODIES FILE [options]    write a synthetic model (see GenerateCommand)
//   .build/release/mandate-benchmarks render-memory [RENDERS]            memory over many renders of a seed model
//   .build/release/mandate-benchmarks render-loop N                      the workload of scripts/leak-check
let arguments = Array(CommandLine.arguments.dropFirst())
let numbers = arguments.compactMap { Int($0) }
do {
    switch arguments.first {
    case nil:
        try Suite.run(sizes: [1_000, 10_000, 100_000])
    case "suite":
        try Suite.run(sizes: numbers.isEmpty ? [1_000, 10_000, 100_000] : numbers)
    case "generate":
        try GenerateCommand.run(Array(arguments.dropFirst()))
    case "render-memory":
        try RenderBenchmark.memory(renders: numbers.first ?? 1_000)
    case "peak-memory":
        print(try ChildProcess.run(Array(arguments.dropFirst())).peakKilobytes)
    case "render-loop":
        try RenderBenchmark.loop(count: numbers.first ?? 100)
    default:
        print("usage: mandate-benchmarks [suite BODIES… | generate BODIES FILE … | render-memory [RENDERS] | render-loop N]")
        exit(2)
    }
} catch {
    print(error)
    exit(2)
}

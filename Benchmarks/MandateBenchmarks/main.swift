import ArgumentParser

// Benchmarks that print figures; nothing here asserts a time. Build in release, then run from the package root:
//   swift build -c release && .build/release/mandate-benchmarks    the whole suite; `--help` lists the rest
BenchmarkCommand.main()

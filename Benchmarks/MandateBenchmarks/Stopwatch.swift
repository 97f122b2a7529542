/// Times a piece of work: the best of several runs, in seconds.
enum Stopwatch {
    static func best<T>(of runs: Int, _ work: () throws -> T) rethrows -> (seconds: Double, result: T) {
        var best = Double.infinity
        var result: T?
        for _ in 0..<runs {
            let clock = ContinuousClock()
            let start = clock.now
            let value = try work()
            let elapsed = start.duration(to: clock.now)
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
            result = value
        }
        return (best, result!)
    }
}

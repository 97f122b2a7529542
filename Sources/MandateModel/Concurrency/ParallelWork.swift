import Dispatch

/// Runs independent pieces of work on every core and returns their results in order, so that the outcome
/// is the same as running them one after another.
package enum ParallelWork {
    /// The results of `work(0)`, `work(1)`, … `work(count - 1)`, computed concurrently, in index order.
    public static func map<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<count).map(work) }
        let slots = ResultSlots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(work(index), at: index)
        }
        return slots.results
    }
}

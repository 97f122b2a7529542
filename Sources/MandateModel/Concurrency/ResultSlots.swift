import Foundation

/// One slot per piece of parallel work, each written once by its own piece.
package final class ResultSlots<Result: Sendable>: @unchecked Sendable {
    // Safe to share: every slot is written by one thread only, under the lock, and read after all are done.
    private var values: [Result?]
    private let lock = NSLock()

    package init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    package func store(_ value: Result, at index: Int) {
        lock.withLock { values[index] = value }
    }

    /// Every slot's value; call only after all work has finished.
    package var results: [Result] {
        lock.withLock { values.map { $0! } }
    }
}

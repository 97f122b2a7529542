import Foundation

/// A result handed from a task to the synchronous test that waits for it.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<String, any Error> = .success("")

    func set(_ result: Result<String, any Error>) { lock.withLock { self.result = result } }
    func get() throws -> String { try lock.withLock { result }.get() }
}

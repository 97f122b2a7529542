import Foundation

/// How a server run ended, handed from its task to the command that waits for it.
final class ServeOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: (any Error)?

    var error: (any Error)? { lock.withLock { recorded } }

    func record(_ error: any Error) {
        lock.withLock { recorded = error }
    }
}

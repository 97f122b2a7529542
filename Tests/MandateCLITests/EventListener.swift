import Foundation

/// A reader of `mandate serve`'s event stream on a thread of its own, so that a test can save a file while it
/// listens: blocking socket reads on Swift's few cooperative threads would hold up the test itself.
final class EventListener: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var seen = ""
    private var outcome = ""

    /// Starts listening to `/events` on `port` until `marker` arrives or `timeout` seconds pass.
    init(port: Int, until marker: String, timeout: Double) {
        let thread = Thread { [self] in
            let text = (try? RawHTTP.exchange(port: port, "GET /events HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n", until: marker, timeout: timeout) { text in
                self.lock.withLock { self.seen = text }
            }) ?? ""
            lock.withLock { outcome = text }
            done.signal()
        }
        thread.start()
    }

    /// Waits until the stream has carried `text`; `false` after `timeout` seconds.
    func wait(for text: String, timeout: Double = 15) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if lock.withLock({ seen.contains(text) }) { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Everything the stream carried, once the listener stopped.
    func finish() -> String {
        done.wait()
        return lock.withLock { outcome }
    }
}

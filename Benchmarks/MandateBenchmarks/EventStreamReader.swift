import Foundation

/// Reads `mandate serve`'s event stream over a plain socket, as a browser's EventSource does, and fetches its page:
/// what the live view benchmark times.
final class EventStreamReader {
    private let socket: Int32
    private var received = ""

    /// Opens `/events` on 127.0.0.1:`port`.
    init(port: Int) throws {
        socket = Self.connect(port: port)
        guard socket >= 0 else { throw CocoaError(.fileReadNoSuchFile) }
        Self.send("GET /events HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n", to: socket)
    }

    deinit { close(socket) }

    /// Waits for the event that names `generation`; `false` after `timeout` seconds without it.
    func wait(for generation: Int, timeout: Double = 60) -> Bool {
        let marker = "data: \(generation)\n\n"
        let deadline = Date().addingTimeInterval(timeout)
        while !received.contains(marker), Date() < deadline {
            guard let chunk = Self.read(socket, waiting: 100) else { return false }
            received += chunk
        }
        return received.contains(marker)
    }

    /// The time to fetch the page at `path` whole, in seconds, and its size in bytes.
    static func fetch(port: Int, path: String = "/") -> (seconds: Double, bytes: Int) {
        let start = Date()
        let socket = connect(port: port)
        defer { close(socket) }
        send("GET \(path) HTTP/1.1\r\nHost: localhost:\(port)\r\nConnection: close\r\n\r\n", to: socket)
        var bytes = 0
        while let chunk = read(socket, waiting: 60_000), !chunk.isEmpty { bytes += chunk.utf8.count }
        return (Date().timeIntervalSince(start), bytes)
    }

    private static func connect(port: Int) -> Int32 {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        return connected == 0 ? socket : -1
    }

    private static func send(_ text: String, to socket: Int32) {
        _ = Array(text.utf8).withUnsafeBytes { Foundation.send(socket, $0.baseAddress, $0.count, 0) }
    }

    /// What arrives within `milliseconds`: "" when nothing did, `nil` when the connection closed.
    private static func read(_ socket: Int32, waiting milliseconds: Int32) -> String? {
        var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, milliseconds) > 0 else { return "" }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        return count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : nil
    }
}

import Foundation

/// HTTP/1.1 spoken over a plain socket, so that a test can send what no browser would: another Host, another
/// method, a path with `..` or percent-escapes, exactly as written.
enum RawHTTP {
    /// The status line, headers and body of one exchange; `request` is sent as written (with `Connection: close`).
    static func exchange(port: Int, _ request: String, until marker: String? = nil, timeout: Double = 10,
                         received: ((String) -> Void)? = nil) throws -> String {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw CocoaError(.fileReadUnknown) }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        // A signal (another test's child ending) may interrupt the connect, which then goes on by itself.
        if connected != 0 {
            guard errno == EINTR else { throw CocoaError(.fileReadNoSuchFile) }
            var poller = pollfd(fd: socket, events: Int16(POLLOUT), revents: 0)
            while poll(&poller, 1, 5_000) < 0 && errno == EINTR {}
            var failure: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(socket, SOL_SOCKET, SO_ERROR, &failure, &length) == 0, failure == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        }
        let outgoing = Array(request.utf8)
        var sent = 0
        while sent < outgoing.count {
            let count = outgoing[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            sent += count
        }
        var bytes: [UInt8] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Date() < deadline {
            var poller = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 100)
            if ready < 0, errno == EINTR { continue }
            guard ready >= 0 else { break }
            guard poller.revents != 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += buffer[..<count]
            received?(String(decoding: bytes, as: UTF8.self))
            if let marker, String(decoding: bytes, as: UTF8.self).contains(marker) { break }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A GET (or another method) of `path` with the Host header given.
    static func request(_ path: String, method: String = "GET", host: String?, port: Int, until marker: String? = nil, timeout: Double = 10) throws -> String {
        let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
        return try exchange(port: port, "\(method) \(path) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n", until: marker, timeout: timeout)
    }

    /// The status code of a response.
    static func status(_ response: String) -> Int {
        Int(response.split(separator: " ").dropFirst().first ?? "") ?? -1
    }
}

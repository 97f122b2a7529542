import Foundation
import Testing

/// Output to what is not a regular file is written, not replaced: `/dev/null`, a FIFO, `/dev/stdout`; a
/// regular file keeps its permissions.
@Suite("Output targets", .serialized)
struct OutputTargetTests {
    static let seed = "Models/region-sjaelland-integrationsforum.yaml"

    static func kind(_ path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test("rendering to /dev/null leaves it the character device it was")
    func deviceNull() throws {
        #expect(Self.kind("/dev/null") == S_IFCHR)
        let run = try MandateBinary.run(["render", Self.seed, "--format", "svg", "-o", "/dev/null"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(Self.kind("/dev/null") == S_IFCHR)
        let check = try MandateBinary.run(["check", "--write-baseline", "/dev/null", Self.seed])
        #expect(check.status == 0 && Self.kind("/dev/null") == S_IFCHR)
    }

    @Test("rendering to a FIFO delivers the bytes to its reader and leaves it a FIFO")
    func fifo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.svg").path
        try #require(mkfifo(fifo, 0o644) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) { received = handle.readDataToEndOfFile() }
        }
        reader.start()
        let run = try MandateBinary.run(["render", Self.seed, "-o", fifo])
        while reader.isExecuting || !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        #expect(run.status == 0, "\(run.standardError)")
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("<?xml"))
        #expect(Self.kind(fifo) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe.svg"], "no temporary file left")
    }

    @Test("/dev/stdout goes to standard output; a regular file replaced keeps its permissions")
    func standardOutputAndPermissions() throws {
        let piped = try MandateBinary.run(["render", Self.seed, "--format", "svg", "-o", "/dev/stdout"])
        #expect(piped.status == 0 && piped.standardOutput.hasPrefix("<?xml"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-mode-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: file) }
        try "earlier".write(to: file, atomically: true, encoding: .utf8)
        try #require(chmod(file.path, 0o600) == 0)
        #expect(try MandateBinary.run(["render", Self.seed, "-o", file.path]).status == 0)
        var status = stat()
        #expect(stat(file.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("<?xml"))
    }
}

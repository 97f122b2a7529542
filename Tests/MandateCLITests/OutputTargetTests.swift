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

    @Test("several sheets to what is not a regular file: a PDF goes there as one document, SVG is refused and nothing is written beside it")
    func severalSheetsToAStream() throws {
        let (modelFolder, modelFile) = try SheetTests.write(SheetTests.shapes[0].model)
        defer { try? FileManager.default.removeItem(at: modelFolder) }
        let large = modelFile.path
        let folder = modelFolder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let svg = try MandateBinary.run(["render", large, "--format", "svg", "-o", fifo])
        #expect(svg.status == 2 && svg.standardError.contains("which is not a regular file,"), "\(svg.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"], "no pipe-2, pipe-3, … beside it")
        let null = try MandateBinary.run(["render", large, "--format", "svg", "-o", "/dev/null"])
        #expect(null.status == 2 && !FileManager.default.fileExists(atPath: "/dev/null-2"))
        let pdf = try MandateBinary.run(["render", large, "--format", "pdf", "-o", "/dev/stdout"])
        #expect(pdf.status == 0 && pdf.standardOutput.hasPrefix("%PDF"))
    }

    @Test("diff --render - writes the diagram to standard output in the format --render-format names, the report to -o")
    func diffRenderToStandardOutput() throws {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-diff-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: report) }
        let pair = ["Models/midtjylland-udvalg-before.yaml", "Models/midtjylland-udvalg-after.yaml"]
        let run = try MandateBinary.run(["diff"] + pair + ["-o", report.path, "--render", "-", "--render-format", "svg"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("<?xml"))
        #expect(try String(contentsOf: report, encoding: .utf8).hasPrefix("Comparing"))
        let device = try MandateBinary.run(["diff"] + pair + ["-o", report.path, "--render", "/dev/stdout", "--render-format", "pdf"])
        #expect(device.status == 0 && device.standardOutput.hasPrefix("%PDF"), "\(device.standardError)")
        let both = try MandateBinary.run(["diff"] + pair + ["--render", "-", "--render-format", "svg"])
        #expect(both.status == 2 && both.standardError.contains("write the report with -o FILE"))
        let unknown = try MandateBinary.run(["diff"] + pair + ["-o", report.path, "--render", "-"])
        #expect(unknown.status == 2 && unknown.standardError.contains("--render-format"))
    }
}

import Foundation
import Testing

/// Every command reads its models one way: a file, a folder, `-` (standard input) or `REV:PATH` (a file at a
/// git revision); `render` and `export`, which take one model, as `check` does.
@Suite("One way in for every command")
struct OneWayInTests {
    static let seed = "Models/region-sjaelland-integrationsforum.yaml"

    @Test("render - and render REV:PATH draw the model; export - and export DIR print it")
    func renderAndExport() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let yaml = try Data(contentsOf: MandateBinary.packageRoot.appendingPathComponent(Self.seed))
        let fromInput = try MandateBinary.run(["render", "-", "--input-format", "yaml", "--format", "svg", "-o", "-"], input: yaml)
        #expect(fromInput.status == 0 && fromInput.standardOutput.contains("Integrationsforum"), "\(fromInput.standardError)")
        let fromGit = try MandateBinary.run(["render", "HEAD:" + Self.seed, "--format", "svg", "-o", "-"])
        #expect(fromGit.status == 0 && fromGit.standardOutput.contains("Integrationsforum"), "\(fromGit.standardError)")
        let exported = try MandateBinary.run(["export", "-"], input: yaml)
        let direct = try MandateBinary.run(["export", Self.seed])
        #expect(exported.status == 0 && exported.standardOutput == direct.standardOutput.replacingOccurrences(of: Self.seed, with: "-"))
        try FileManager.default.copyItem(at: MandateBinary.packageRoot.appendingPathComponent(Self.seed), to: folder.appendingPathComponent("a.yaml"))
        try "{\"name\": \"x\"}\n".write(to: folder.appendingPathComponent("package.json"), atomically: true, encoding: .utf8)
        let fromFolder = try MandateBinary.run(["export", "--format", "yaml", folder.path])
        #expect(fromFolder.status == 0 && fromFolder.standardOutput.contains("model: region-sjaelland-integrationsforum"), "\(fromFolder.standardError)")
        try FileManager.default.copyItem(at: MandateBinary.packageRoot.appendingPathComponent("Models/national-integration-after.yaml"),
                                         to: folder.appendingPathComponent("b.yaml"))
        let two = try MandateBinary.run(["export", folder.path])
        #expect(two.status == 2 && two.standardError.contains("takes one model, and 2 are named"), "\(two.standardError)")
        let missing = try MandateBinary.run(["render", "HEAD:Models/nothing.yaml", "-o", "-", "--format", "svg"])
        #expect(missing.status == 2 && missing.standardError.contains("git has no 'HEAD:Models/nothing.yaml'"))
    }
}

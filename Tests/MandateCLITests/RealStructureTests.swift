import Foundation
import Testing

/// Structures of the shapes real governance has, each in two versions (`Tests/Fixtures/structures`): a
/// legislature with joint committees of both chambers and its own kinds, an open-source project whose
/// working groups are chartered by two to eight groups, a committee history with gaps and repeated names,
/// and a committee with titled seats and named holders.
@Suite("Real structures, end to end")
struct RealStructureTests {
    static let versions = [("legislature", "2023", "2025"), ("open-source", "2024", "2025"), ("committee-history", "1994", "1998"),
                           ("seats-and-holders", "2024", "2025")]
    static let files = versions.flatMap { ["structures/\($0.0)-\($0.1).yaml", "structures/\($0.0)-\($0.2).yaml"] }

    @Test("each version is checked with no finding at its date", arguments: files)
    func clean(file: String) throws {
        let run = try MandateBinary.run(["check", "Tests/Fixtures/\(file)"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasSuffix("the model's date: 0 errors, 0 warnings, 0 info\n"), "\(run.standardOutput)")
    }

    @Test("each version is drawn, every body on one of the diagram's sheets", arguments: files)
    func drawn(file: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-structure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try MandateBinary.run(["render", "Tests/Fixtures/\(file)", "-o", folder.appendingPathComponent("d.svg").path])
        #expect(run.status == 0, "\(run.standardError)")
        let sheets = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".svg") }
        let svg = try sheets.map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }.joined()
        let export = try MandateBinary.run(["export", "Tests/Fixtures/\(file)"])
        let model = try #require(try JSONSerialization.jsonObject(with: Data(export.standardOutput.utf8)) as? [String: Any])
        let bodies = try #require(model["bodies"] as? [String: Any])
        for id in bodies.keys {
            #expect(svg.contains("<title>\(id.replacingOccurrences(of: "-", with: "&#45;"))</title>"), "\(id) is not drawn")
        }
    }

    @Test("export, then load the export: the same model, every new key included", arguments: files)
    func roundTrip(file: String) throws {
        let export = try MandateBinary.run(["export", "Tests/Fixtures/\(file)"])
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-export-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: copy) }
        try export.standardOutput.write(to: copy, atomically: true, encoding: .utf8)
        let again = try MandateBinary.run(["export", copy.path])
        #expect(export.status == 0 && again.status == 0)
        #expect(again.standardOutput == export.standardOutput)
    }

    @Test("two versions compared: exactly the changes made between them, nothing else", arguments: versions.map(\.0))
    func comparison(name: String) throws {
        let (_, before, after) = try #require(Self.versions.first { $0.0 == name })
        let run = try MandateBinary.run(["diff", "Tests/Fixtures/structures/\(name)-\(before).yaml", "Tests/Fixtures/structures/\(name)-\(after).yaml"])
        #expect(run.status == 0)
        try CLIGolden.check(run.standardOutput, against: "structures/\(name).diff.txt")
    }

    @Test("--no-holders leaves every named person out of export and diff")
    func noHolders() throws {
        let export = try MandateBinary.run(["export", "--no-holders", "Tests/Fixtures/structures/seats-and-holders-2025.yaml"])
        let diff = try MandateBinary.run(["diff", "--no-holders", "Tests/Fixtures/structures/seats-and-holders-2024.yaml",
                                          "Tests/Fixtures/structures/seats-and-holders-2025.yaml"])
        for person in ["Andersen", "Bruun", "Christensen"] {
            #expect(!export.standardOutput.contains(person) && !diff.standardOutput.contains(person))
        }
        #expect(diff.standardOutput.contains("observer → ex officio"))
    }
}

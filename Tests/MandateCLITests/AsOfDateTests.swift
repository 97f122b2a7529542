import Foundation
import Testing

/// Everything as it stood on the date: the holder of a post then, the name a body carried then, in diagrams,
/// findings, reports and exports alike.
@Suite("As it stood on the date")
struct AsOfDateTests {
    static let model = """
        mandate: 1
        model: as-of-date
        roles:
          mayor:
            title: Borgmester
            holders: [{name: Anna Før, from: 2018-01-01, until: 2024-12-31}, {name: Bent Efter, from: 2025-01-01}]
        bodies:
          council: {name: Byrådet, kind: political, root: true, chair: mayor}
          culture:
            name: Kulturudvalget
            formerNames: [{name: Fritidsudvalget, until: 2020-12-31}]
            kind: committee
            reportsTo: council
        """

    static func file() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-as-of-\(UUID().uuidString).yaml")
        try model.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test("a body is named by the name it carried on the date, in findings and in the diagram")
    func formerName() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(at: file) }
        let before = try MandateBinary.run(["check", "--at", "2019-06-01", file.path])
        #expect(before.standardOutput.contains("'Fritidsudvalget' has no chair"), "\(before.standardOutput)")
        let after = try MandateBinary.run(["check", "--at", "2022-06-01", file.path])
        #expect(after.standardOutput.contains("'Kulturudvalget' has no chair"))
        let dot = try MandateBinary.run(["render", "--format", "dot", "--at", "2019-06-01", file.path, "-o", "-"])
        #expect(dot.standardOutput.contains("Fritidsudvalget") && !dot.standardOutput.contains("Kulturudvalget"))
    }

    @Test("a post is held by the person who held it on the date: in the report's cards and in JSON-LD")
    func holders() throws {
        let file = try Self.file()
        defer { try? FileManager.default.removeItem(at: file) }
        let report = try MandateBinary.run(["report", "--at", "2022-06-01", file.path, "-o", "-"])
        #expect(report.status == 0, "\(report.standardError)")
        #expect(report.standardOutput.contains("Anna Før") && !report.standardOutput.contains("Bent Efter"))
        let later = try MandateBinary.run(["report", "--at", "2026-06-01", file.path, "-o", "-"])
        #expect(later.standardOutput.contains("Bent Efter") && !later.standardOutput.contains("Anna Før"))
        let jsonld = try MandateBinary.run(["export", "--format", "jsonld", "--at", "2022-06-01", file.path])
        #expect(jsonld.standardOutput.contains("Anna Før") && !jsonld.standardOutput.contains("Bent Efter"))
    }
}

import Foundation
import Testing
@testable import MandateModel

@Suite("Broken model files are refused with every problem, its position and a hint")
struct LoadErrorFixtureTests {
    static let folder = TestPaths.fixtures.appendingPathComponent("load-errors")

    private func failure(loading name: String) throws -> LoadFailure {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let format = try #require(ModelFormat(path: name))
        do {
            _ = try ModelLoader.load(contents: bytes, file: "load-errors/\(name)", format: format)
        } catch {
            return error
        }
        Issue.record("\(name) loaded without error")
        return LoadFailure([])
    }

    @Test("each fixture gives exactly the expected messages and positions",
          arguments: TestPaths.fixtureFiles("load-errors", extensions: ["yaml", "json", "csv"]))
    func fixture(name: String) throws {
        let failure = try failure(loading: name)
        #expect(!failure.diagnostics.isEmpty)
        let expected = Self.folder.appendingPathComponent(name).deletingPathExtension().appendingPathExtension("expected")
        try Golden.check(failure.description + "\n", against: expected)
    }

    @Test("five different errors in one file are all reported in one run")
    func fiveErrors() throws {
        let failure = try failure(loading: "five-errors.yaml")
        let kinds = failure.diagnostics.map { diagnostic -> String in
            switch diagnostic.error {
            case .unknownKey: "unknown key"
            case .danglingReference: "dangling reference"
            case .invalidDate, .impossibleDate: "invalid date"
            case .duplicateIdentifier: "duplicate id"
            case .invalidChoice: "invalid choice"
            default: "other: \(diagnostic.message)"
            }
        }
        #expect(kinds == ["unknown key", "dangling reference", "invalid date", "duplicate id", "invalid choice"])
        #expect(failure.diagnostics.map(\.location.line) == [14, 15, 16, 17, 22])
    }

    @Test("a misspelt key, id or alias gets the nearest valid one as a hint")
    func suggestions() throws {
        let unknown = try failure(loading: "unknown-key.yaml")
        #expect(unknown.diagnostics.first?.hint == "did you mean 'reportsTo'?")
        let dangling = try failure(loading: "dangling-reference.yaml")
        #expect(dangling.diagnostics.map(\.hint) == [
            "did you mean 'driftsmoedet'?",
            "did you mean 'Driftsforum for sygehusområdet'?",
            "did you mean 'dir-ssp'?",
            "declare it under 'units', or correct the id",
        ])
    }

    @Test("an empty, binary or multi-document file is refused at its first line")
    func unusableFiles() throws {
        for name in ["empty.yaml", "multiple-documents.yaml", "not-a-mapping.yaml"] {
            let failure = try failure(loading: name)
            #expect(failure.diagnostics.count == 1, "\(name)")
        }
        let invalid = try failure(loading: "invalid-utf8.yaml")
        #expect(invalid.diagnostics.first?.location.line == 5)
        #expect(invalid.diagnostics.first?.location.column == 20, "the byte after '    name: \"Sundheds'")
    }
}

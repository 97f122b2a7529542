import Foundation
import MandateSynthesis
import MandateTestSupport
import Testing

/// The live view as a reader meets it: `mandate serve` opened in headless Chromium (driven by
/// `Tests/Fixtures/scripts/browse-live.py`) while the model file is saved beside it.
@Suite("Live view in a real browser", .serialized)
struct ServeBrowserTests {
    struct Visit: Decodable {
        let updated: Bool
        let reloaded: Bool
        let scrollKept: Bool
        let searchKept: Bool
        let searchApplied: Bool
        let visible: [String]
        let highlightKept: Bool
        let staleShown: Bool
        let staleErrors: [String]
        let diagramKept: Bool
        let recovered: Bool
        let generations: [Int]
        let errors: [String]
        let requests: [String]
    }

    @Test("a saved edit appears without a reload, the reader's place kept; a broken save shows its errors over the stale structure; mended, it recovers")
    func savedEditsAppear() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-serve-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("structure.yaml")
        try SyntheticModel(bodyCount: 30).yaml().write(to: file, atomically: true, encoding: .utf8)
        let view = try ServedView([file.path])
        defer { _ = view.stop() }
        let run = try PythonScript.run("Tests/Fixtures/scripts/browse-live.py", [
            view.address, file.path, "b7", "nr. 7 for", "Udvalg nr. 3 for", "Udvalg nr. 3 (omdøbt) for",
        ])
        try #require(run.status == 0, "Chromium (scripts/install-dependencies installs it): \(run.errors)")
        let visit = try JSONDecoder().decode(Visit.self, from: run.output)
        #expect(visit.updated, "the saved name did not appear")
        #expect(!visit.reloaded, "the page was reloaded")
        #expect(visit.scrollKept && visit.searchKept && visit.searchApplied && visit.highlightKept)
        #expect(visit.visible == ["card-b7"])
        #expect(visit.staleShown && visit.diagramKept)
        #expect(visit.staleErrors.contains { $0.hasPrefix(file.path + ":") && $0.contains("syntax error") })
        #expect(visit.recovered)
        // A version per save (a save caught half written may add one).
        #expect(visit.generations.first == 0 && zip(visit.generations, visit.generations.dropFirst()).allSatisfy { $0 < $1 })
        #expect(visit.errors.isEmpty, "\(visit.errors)")
        // Nothing fetched but the page itself and its event stream.
        #expect(Set(visit.requests).isSubset(of: [view.address, view.address + "events"]), "\(visit.requests)")
    }
}

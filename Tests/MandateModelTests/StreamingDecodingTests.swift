import Foundation
import MandateSynthesis
import Testing
@testable import MandateModel

@Suite("Decoding while reading gives what decoding the whole tree gives")
struct StreamingDecodingTests {
    /// Every model file of the package: the models and all fixtures, broken ones included, in YAML, JSON and CSV.
    static let files: [URL] = {
        let enumerator = FileManager.default.enumerator(at: TestPaths.fixtures, includingPropertiesForKeys: nil)
        let fixtures = (enumerator?.allObjects as? [URL] ?? []).filter { ModelFormat(path: $0.path) != nil }
        return (TestPaths.modelFiles() + fixtures).sorted { $0.path < $1.path }
    }()

    /// The model or the failure, once decoded while reading and once from the finished tree.
    private func bothWays(_ bytes: [UInt8], file: String, format: ModelFormat) -> (reading: Result<Model, LoadFailure>, whole: Result<Model, LoadFailure>) {
        let reading = Result { () throws(LoadFailure) in try ModelLoader.load(contents: bytes, file: file, format: format) }
        let whole = Result { () throws(LoadFailure) in try ModelLoader.parse(contents: bytes, file: file, format: format) }.flatMap(ModelDecoder.decode)
        return (reading, whole)
    }

    @Test("every model and fixture: the same model, or the same problems", arguments: files)
    func sameOutcome(file: URL) throws {
        let (reading, whole) = bothWays(try [UInt8](Data(contentsOf: file)), file: file.path, format: try #require(ModelFormat(path: file.path)))
        #expect(reading == whole, "\(file.lastPathComponent)")
    }

    /// A synthetic model with its bodies written in reverse, so that every reporting line names a body further
    /// down, and its roles, units and organisations after its bodies: almost every entry waits for the end.
    private func reversed(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let sections = lines.indices.filter { !lines[$0].hasPrefix(" ") && lines[$0].hasSuffix(":") }
        let bodiesStart = try! #require(sections.first { lines[$0] == "bodies:" })
        let head = lines[..<sections[0]]
        let declared = lines[sections[0]..<bodiesStart]
        var entries: [[Substring]] = []
        for line in lines[(bodiesStart + 1)...] where !line.isEmpty {
            if line.hasPrefix("  ") && !line.hasPrefix("   ") { entries.append([line]) } else { entries[entries.count - 1].append(line) }
        }
        return (head + ["bodies:"] + entries.reversed().joined() + declared).joined(separator: "\n") + "\n"
    }

    @Test("a large model whose references all point further down: the same bodies, in file order",
          arguments: [1_000, 4_000])
    func forwardReferences(bodyCount: Int) throws {
        // A thousand bodies are decoded before the reader goes on; four thousand (over a megabyte) alongside it.
        let text = reversed(SyntheticModel(bodyCount: bodyCount, seed: 3, defects: PlantedDefects(cycles: 1)).yaml())
        let (reading, whole) = bothWays(Array(text.utf8), file: "reversed.yaml", format: .yaml)
        let model = try reading.get()
        #expect(model == (try whole.get()))
        #expect(model.bodies.map(\.id.rawValue) == (0..<bodyCount).reversed().map(SyntheticModel.bodyID))
        #expect(model.bodies.filter { !$0.isRoot }.allSatisfy { !$0.reportsTo.isEmpty })
    }

    @Test("broken references early and late, read in many batches: every problem once, in file order, as from the whole tree")
    func problemsAcrossBatches() throws {
        let text = SyntheticModel(bodyCount: 5_000, seed: 5).yaml()
        #expect(try ModelLoader.load(contents: Array(text.utf8), file: "big.yaml", format: .yaml).bodies.map(\.id.rawValue)
            == (0..<5_000).map(SyntheticModel.bodyID))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let reporting = lines.indices.filter { lines[$0].hasPrefix("    reportsTo: ") }
        let broken = [reporting[10], reporting[reporting.count / 2], reporting[reporting.count - 10]]
        for index in broken { lines[index] = "    reportsTo: nowhere" }
        // A reference to the last body from the first: it waits, and then resolves.
        let firstReporting = reporting[0]
        lines[firstReporting] = "    reportsTo: \(SyntheticModel.bodyID(4_999))"
        let (reading, whole) = bothWays(Array(lines.joined(separator: "\n").utf8), file: "big.yaml", format: .yaml)
        #expect(reading == whole)
        guard case .failure(let failure) = reading else {
            Issue.record("a model with three dangling references loaded")
            return
        }
        #expect(failure.diagnostics.map(\.location.line) == broken.map { $0 + 1 })
        #expect(failure.diagnostics.allSatisfy { $0.message.contains("'nowhere'") })
    }

    @Test("a file that leaves the YAML subset after many bodies is read anew by libyaml, and nothing is taken twice")
    func declineAfterBatches() throws {
        // An anchor near the end makes the fast reader give up after it has passed thousands of bodies on,
        // to be decoded on the decoder's own thread (the file is over a megabyte).
        var text = SyntheticModel(bodyCount: 4_000, seed: 9).yaml()
        #expect(text.utf8.count > 1 << 20)
        text = text.replacingOccurrences(of: "    cadence: weekly\n", with: "    cadence: &often weekly\n", options: .backwards,
                                         range: text.range(of: "    cadence: weekly\n", options: .backwards))
        let model = try ModelLoader.load(contents: Array(text.utf8), file: "anchored.yaml", format: .yaml)
        #expect(model.bodies.count == 4_000)
        #expect(Set(model.bodies.map(\.id)).count == 4_000)
        #expect(SubsetYAMLReader.read(Array(text.utf8), file: "anchored.yaml", maximumDepth: ModelLoader.maximumDepth) == nil)
    }

    @Test("a repeated section is reported and ignored, whichever of the two holds entries")
    func repeatedSection() throws {
        let text = """
        mandate: 1
        model: repeated
        bodies: {}
        roles:
          chair: {title: Chair}
        bodies:
          b1: {name: One, kind: forum, root: true}

        """
        let (reading, whole) = bothWays(Array(text.utf8), file: "repeated.yaml", format: .yaml)
        #expect(reading == whole)
        guard case .failure(let failure) = reading else {
            Issue.record("a model with a repeated key loaded")
            return
        }
        #expect(failure.diagnostics.map(\.location.line) == [6])
    }
}

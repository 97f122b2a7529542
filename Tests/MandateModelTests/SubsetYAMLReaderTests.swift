import Foundation
import MandateSynthesis
import Testing
@testable import MandateModel

@Suite("The fast reader of the YAML subset gives libyaml's tree, or declines")
struct SubsetYAMLReaderTests {
    /// Every YAML file of the package: the models and all fixtures, broken ones included.
    static let files: [URL] = {
        let enumerator = FileManager.default.enumerator(at: TestPaths.fixtures, includingPropertiesForKeys: nil)
        let fixtures = (enumerator?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
        return (TestPaths.modelFiles() + fixtures).sorted { $0.path < $1.path }
    }()

    /// The subset reader's tree, or `nil` where it declines, and libyaml's result for the same bytes.
    private func bothTrees(_ bytes: [UInt8]) -> (subset: SourceTree?, libyaml: Result<SourceTree, LoadFailure>) {
        (SubsetYAMLReader.read(bytes, file: "f.yaml", maximumDepth: ModelLoader.maximumDepth),
         bytes.withUnsafeBufferPointer { YAMLReader.readWithLibYAML($0, file: "f.yaml", maximumDepth: ModelLoader.maximumDepth) })
    }

    @Test("where it reads a file, the tree equals libyaml's node by node, with lines and columns", arguments: files)
    func sameTree(file: URL) throws {
        let bytes = try [UInt8](Data(contentsOf: file))
        // The loader refuses invalid UTF-8 before either reader sees it.
        guard UTF8Validation.firstInvalidPosition(in: bytes) == nil else { return }
        let (subset, libyaml) = bothTrees(bytes)
        guard let subset else { return }
        #expect(try libyaml.get() == subset, "\(file.lastPathComponent)")
    }

    @Test("it reads every bundled model and the synthetic models itself, so the fast path is the one used")
    func readsModels() throws {
        for file in TestPaths.modelFiles() {
            let (subset, _) = bothTrees(try [UInt8](Data(contentsOf: file)))
            #expect(subset != nil, "\(file.lastPathComponent) left the subset")
        }
        let (subset, libyaml) = bothTrees(Array(SyntheticModel(bodyCount: 2_000, defects: PlantedDefects(cycles: 1, orphans: 1)).yaml().utf8))
        #expect(try libyaml.get() == #require(subset))
    }

    @Test("it declines what libyaml reads by rules the subset leaves out",
          arguments: ["a: &x 1\nb: *x\n", "a: !tag 1\n", "a: b\n  c\n", "a:\n", "a:\tb\n", "a: b\r\n",
                      "a: \"multi\n  line\"\n", "- - a\n", "a: [b,\n c]\n", "a: -1\n", "a: {b:c}\n", "--- a\n", "a: b\n...\n",
                      "a: \"\\x41\"\n", "? a\n: b\n", "a: b # c\n  d: e\n", "\u{FEFF}a: b\n", "a: b\u{2028}c\n",
                      "a: >\n  x\n\n  y\n", "a: >\n  x\n    y\n", "a: >+\n  x\n", "a: >2\n  x\n", "a: >\n  x \n", "a: |\n  x",
                      // Whitespace-only lines in a block scalar are text or not by rules of their own (yaml-test-suite 6FWR, DWX9).
                      "a: |\n  x\n    \nb: y\n", "a: |-\n  x\n \nb: y\n", "a: >\n  x\n\n   \n", "--- |-\n ab\n  \n \n...\n",
                      "a: |\n \n  \n  literal\n   \n  \n  text\n\n # Comment\n"])
    func declines(text: String) {
        let (subset, _) = bothTrees(Array(text.utf8))
        #expect(subset == nil, "\(text.debugDescription)")
    }

    @Test("it reads the forms model files use, exactly as libyaml does",
          arguments: ["a: b\n", "# c\n---\na: b # c\n\n  # d\nc: 'it''s'\n", "a:\n- x\n- y\nb: z\n", "a:\n  - {role: r, count: 2}\n  - [x, \"y\"]\n",
                      "æø: å æ # c\nb: \"q\\\"\\\\n\"\n", "a:\n  b:\n    c: d\n  e: f\ng: h\n", "- a: b\n  c: d\n- e\n", "a: {}\nb: []\nc: [[a], {b: c}]\n",
                      "a: x:y\nb: x#y\n", "url: http://x.dk/a?b=c\n", "a : b\n", "a:\n  b\n", "\"k\": v\n'l': w\n", "a: 2026-06-01\nb: 1\n", "{a: b}\n", "",
                      "a: >-\n  one two\n  three\n\nb: |\n  x\n  y\n  # not a comment\n# a comment\nc: >\n    z\n\n\n"])
    func reads(text: String) throws {
        let (subset, libyaml) = bothTrees(Array(text.utf8))
        let tree = try #require(subset, "\(text.debugDescription) was declined")
        #expect(try libyaml.get() == tree, "\(text.debugDescription)")
    }
}

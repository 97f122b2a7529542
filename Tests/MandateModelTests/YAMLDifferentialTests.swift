import Foundation
import Testing
import MandateTestSupport
@testable import MandateModel

/// Mandate reads YAML as YAML says, whichever of its two readers reads a file: generated models written with
/// every block-scalar chomping indicator, every quoting style, escapes, flow collections, comments, anchors,
/// aliases and tags load to the same values as PyYAML, a standard reader with a scanner of its own, reads
/// from the same file; and wherever the fast subset reader reads a file, its tree is libyaml's.
@Suite("YAML read as a standard reader reads it")
struct YAMLDifferentialTests {
    /// The ways one text is written, each a YAML fragment after `key:` (with its following lines), and
    /// whether the fast subset reader reads it (it declines the rest, and libyaml reads them).
    static let texts: [(yaml: String, inSubset: Bool)] = [
        (" Plain words with æ, ø and å", true),
        (" 'single ''quoted'' text'", true),
        (" \"double \\\"quoted\\\" with \\t tab, \\u00e6 and \\\\ backslash\"", false),
        (" \"double \\\"quoted\\\", \\\\ and \\n a new line\"", true),
        (" |\n      literal line one\n        indented more\n      line three\n", false),
        (" |\n      literal line one\n      line two\n", true),
        (" |-\n      stripped literal\n      two lines\n", true),
        (" |+\n      kept literal\n\n\n", false),
        (" >\n      folded line one\n      folded line two\n\n      new paragraph\n", false),
        (" >\n      folded line one\n      folded line two\n\n\n", true),
        (" >-\n      folded stripped\n      again\n", true),
        (" >+\n      folded kept\n\n", false),
        (" |\n      trailing spaces below\n        \n", false),
        (" >\n      more-indented whitespace lines\n         \n", false),
        (" |-\n      less-indented whitespace line\n    \n", false),
        (" |2\n        explicit indentation\n      ", false),
        (" !!str 2026", false),
        (" \"multi\n      line double\"", false),
        (" plain over\n      two lines", false),
        (" 'text' # with a comment after", true),
    ]

    /// A model with one body per text (its note), names taken from the texts shifted by `variant`; decorated
    /// with an anchor, an alias and explicit tags, which the subset reader leaves to libyaml.
    static func model(variant: Int, texts: [String] = texts.map(\.yaml), decorated: Bool) -> String {
        var out = "mandate: 1\nmodel: differential-\(variant)\n# a comment line\nbodies:\n"
        out += decorated ? "  root: &base {name: Rådet, kind: political, root: !!bool true}\n" : "  root: {name: Rådet, kind: political, root: true}\n"
        let names = Self.texts.filter(\.inSubset).map(\.yaml)
        for (index, text) in texts.enumerated() {
            let name = decorated ? texts[(index + variant) % texts.count] : names[(index + variant) % names.count]
            out += "  b\(index):\n    name:\(name.hasSuffix("\n") ? name : name + "\n")"
            out += decorated ? "    kind: !!str forum\n" : "    kind: forum\n"
            out += "    reportsTo: [root]\n    note:\(text.hasSuffix("\n") ? text : text + "\n")"
            if index % 3 == 0 { out += decorated ? "    source: !!null ~\n" : "    source: ~\n" }
            if index % 4 == 1 { out += decorated ? "    count: !!int \(index + 2)\n" : "    count: \(index + 2)\n" }
            if index % 5 == 2 { out += "    aliases: [\"Alias \(index)\", 'Navn \(index)', Plain \(index)]\n" }
            if index % 7 == 3 { out += "    root: false\n" }
        }
        return out
    }

    /// Each file as PyYAML reads it: per body, its name, note, source, aliases, root and count.
    private func standardReading(of files: [URL]) throws -> [String: [String: [String: Any]]] {
        let run = try PythonScript.run("Tests/Fixtures/scripts/read-with-pyyaml.py", files.map(\.path))
        try #require(run.status == 0, "python3 with PyYAML reads the models: \(run.errors)")
        return try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: [String: [String: Any]]])
    }

    private func write(_ texts: [String]) throws -> [URL] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try texts.enumerated().map { index, text in
            let file = folder.appendingPathComponent("model-\(index).yaml")
            try text.write(to: file, atomically: true, encoding: .utf8)
            return file
        }
    }

    private func expectSameValues(_ model: Model, as standard: [String: [String: Any]]) throws {
        #expect(standard.count == model.bodies.count)
        for body in model.bodies {
            let reading = try #require(standard[body.id.rawValue])
            #expect(reading["name"] as? String == body.name, "name of \(body.id)")
            #expect(reading["note"] as? String == body.note, "note of \(body.id)")
            #expect(reading["source"] as? String == body.source, "source of \(body.id)")
            #expect(reading["aliases"] as? [String] == body.aliases, "aliases of \(body.id)")
            #expect(reading["root"] as? Bool == body.isRoot, "root of \(body.id)")
            #expect(reading["count"] as? Int == body.count, "count of \(body.id)")
        }
    }

    @Test("every generated model reads the same in Mandate and in PyYAML", arguments: 0..<4)
    func sameReading(variant: Int) throws {
        let files = try write([Self.model(variant: variant, decorated: true), Self.model(variant: variant, decorated: false)])
        let standard = try standardReading(of: files)
        for file in files {
            try expectSameValues(try ModelLoader.load(file: file.path), as: try #require(standard[file.path]))
        }
    }

    @Test("each way of writing a text: the subset reader reads the forms it claims, with libyaml's tree; the values are PyYAML's")
    func eachText() throws {
        let models = Self.texts.enumerated().map { index, text in Self.model(variant: index, texts: [text.yaml], decorated: false) }
        let files = try write(models)
        let standard = try standardReading(of: files)
        for (index, file) in files.enumerated() {
            let bytes = Array(models[index].utf8)
            let subset = SubsetYAMLReader.read(bytes, file: file.path, maximumDepth: ModelLoader.maximumDepth)
            #expect((subset != nil) == Self.texts[index].inSubset, "\(Self.texts[index].yaml.debugDescription)")
            if let subset {
                let libyaml = bytes.withUnsafeBufferPointer { YAMLReader.readWithLibYAML($0, file: file.path, maximumDepth: ModelLoader.maximumDepth) }
                #expect(try libyaml.get() == subset, "\(Self.texts[index].yaml.debugDescription)")
            }
            try expectSameValues(try ModelLoader.load(file: file.path), as: try #require(standard[file.path]))
        }
    }

    @Test("explicit tags are read by content: !!null is nothing, !!bool and !!int are values, !!str is text")
    func tags() throws {
        let model = try ModelLoader.load(contents: Array("""
            mandate: !!int 1
            model: tagged
            bodies:
              a: {name: !!str 2026, kind: forum, root: !!bool true, count: !!int 3, note: !!null ~}
            """.utf8), file: "t.yaml", format: .yaml)
        let body = try #require(model.bodies.first)
        #expect(body.name == "2026" && body.isRoot && body.count == 3 && body.note == nil)
        #expect {
            try ModelLoader.load(contents: Array("mandate: 1\nmodel: m\nbodies:\n  a: {name: !mine x, kind: forum}\n".utf8),
                                 file: "t.yaml", format: .yaml)
        } throws: { error in
            (error as? LoadFailure)?.diagnostics.map(\.description)
                == ["t.yaml:4:13: error: the tag '!mine' has no meaning in a model file\n  hint: remove the tag; write the value as text, a number, true or false, a list or a mapping"]
        }
    }
}

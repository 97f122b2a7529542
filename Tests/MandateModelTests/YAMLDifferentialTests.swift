import Foundation
import Testing
@testable import MandateModel

/// Mandate reads YAML as YAML says: generated models written with every block-scalar chomping indicator,
/// every quoting style, escapes, flow collections, comments, anchors, aliases and tags load to the same
/// values as PyYAML, a standard reader with a scanner of its own, reads from the same file.
@Suite("YAML read as a standard reader reads it")
struct YAMLDifferentialTests {
    /// The ways one text is written, each a YAML fragment after `key:` (with its following lines) and
    /// the text it means to a standard reader.
    static let texts: [String] = [
        " Plain words with æ, ø and å",
        " 'single ''quoted'' text'",
        " \"double \\\"quoted\\\" with \\t tab, \\u00e6 and \\\\ backslash\"",
        " |\n      literal line one\n        indented more\n      line three\n",
        " |-\n      stripped literal\n      two lines\n",
        " |+\n      kept literal\n\n\n",
        " >\n      folded line one\n      folded line two\n\n      new paragraph\n",
        " >-\n      folded stripped\n      again\n",
        " >+\n      folded kept\n\n",
        " |\n      trailing spaces below\n        \n",
        " >\n      more-indented whitespace lines\n         \n",
        " |2\n        explicit indentation\n      ",
        " !!str 2026",
        " \"multi\n      line double\"",
        " plain over\n      two lines",
        " 'text' # with a comment after",
    ]

    static func model(variant: Int) -> String {
        var out = "mandate: 1\nmodel: differential-\(variant)\n# a comment line\nbodies:\n"
        out += "  root: &base {name: Rådet, kind: political, root: !!bool true}\n"
        for (index, text) in texts.enumerated() {
            let name = texts[(index + variant) % texts.count]
            out += "  b\(index):\n    name:\(name.hasSuffix("\n") ? name : name + "\n")"
            out += "    kind: !!str forum\n    reportsTo: [root]\n"
            out += "    note:\(text.hasSuffix("\n") ? text : text + "\n")"
            if index % 3 == 0 { out += "    source: !!null ~\n" }
            if index % 4 == 1 { out += "    count: !!int \(index + 2)\n" }
            if index % 5 == 2 { out += "    aliases: [\"Alias \(index)\", 'Navn \(index)', Plain \(index)]\n" }
            if index % 7 == 3 { out += "    root: false\n" }
        }
        return out
    }

    @Test("every generated model reads the same in Mandate and in PyYAML", arguments: 0..<4)
    func sameReading(variant: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("model.yaml")
        try Self.model(variant: variant).write(to: file, atomically: true, encoding: .utf8)
        let model = try ModelLoader.load(file: file.path)

        let script = TestPaths.fixtures.appendingPathComponent("scripts/read-with-pyyaml.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3 with PyYAML reads the model")
        let standard = try #require(try JSONSerialization.jsonObject(with: output) as? [String: [String: Any]])

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

import Foundation
import Testing

/// Positions in UTF-16 code units, as the protocol counts them, on lines with Danish letters, CJK text and characters
/// beyond the Basic Multilingual Plane before the id.
@Suite("Language server: UTF-16 positions")
struct PositionTests {
    static let text = """
        mandate: 1
        model: forum
        roles:
          formand-æøå: {title: Formand}
          委员: {title: 委员会成员}
          leder: {title: Leder}
        bodies:
          forum:
            name: Forum
            kind: forum
            root: true
            members: [formand-æøå, 委员, leder]
          gruppe:
            name: Gruppe
            kind: working-group
            reportsTo: forum
            members: [{title: "Ærø 😀 中文", role: leder}]

        """

    @Test("a reference after Danish letters and CJK ids is found at its UTF-16 place, and its range ends where it ends")
    func afterWideCharacters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("forum.yaml")
        try Self.text.write(to: file, atomically: true, encoding: .utf8)
        let session = ServerSession.started()
        session.open(file)
        let lines = Self.text.components(separatedBy: "\n")
        let declared = Fixture.position(of: "leder:", in: Self.text)
        for (number, before, id) in [(11, "委员, ", "leder"), (11, "æøå, ", "委员"), (16, "role: ", "leder")] {
            let prefix = lines[number].components(separatedBy: before).first! + before
            let character = prefix.utf16.count
            let references = session.request("textDocument/references", ServerSession.at(file, number, character + 1))["result"].array
            let here = references.first { $0["range"]["start"]["line"].int == number }
            #expect(here?["range"].span == [number, character, character + id.utf16.count], "\(id) on line \(number)")
            if id == "leder" {
                let definition = session.request("textDocument/definition", ServerSession.at(file, number, character + id.utf16.count))["result"]
                #expect(definition["range"].span == [declared.line, declared.character, declared.character + 5])
            }
        }
        // One unit before the id, on the space: nothing.
        let before = lines[16].components(separatedBy: "role: ").first!.utf16.count + 5
        #expect(session.request("textDocument/definition", ServerSession.at(file, 16, before))["result"].isNull)
    }

    @Test("a finding on a line after an emoji is placed in UTF-16 units")
    func diagnosticsAfterEmoji() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("forum.yaml")
        let text = Self.text.replacingOccurrences(of: "role: leder}", with: "role: ledr}")
        let diagnostics = ServerSession.started().open(file, text: text)
        let line = text.components(separatedBy: "\n")[16]
        let start = line.components(separatedBy: "ledr").first!.utf16.count
        #expect(diagnostics.contains { $0["range"].span == [16, start, start + 4] && $0["message"].string!.contains("ledr") })
    }

    @Test("a file with a byte order mark and CRLF line ends: every request at every place is answered, ranges on its lines")
    func byteOrderMarkAndCRLF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("forum.yaml")
        // Found by scripts/fuzz lsp.
        let text = "\u{FEFF}mandate: 1\r\nmodel: bom-crlf\r\nbodies:\r\n  forum:\r\n    name: \"Forum\tmed tabulator\"\r\n    kind: forum\r\n"
            + "    root: true\r\n  group: {name: Gruppe, kind: working-group, reportsTo: forum}\r\n"
        let session = ServerSession.started()
        session.open(file, text: text)
        let lines = text.components(separatedBy: "\r\n")
        for (number, line) in lines.enumerated() {
            for character in 0...line.utf16.count + 2 {
                for method in ["textDocument/definition", "textDocument/references", "textDocument/hover", "textDocument/completion", "textDocument/prepareRename"] {
                    let reply = session.request(method, ServerSession.at(file, number, character))
                    #expect(reply["error"].isNull, "\(method) at \(number):\(character)")
                }
            }
        }
        let (line, character) = Fixture.position(of: "reportsTo: forum", in: text.replacingOccurrences(of: "\r\n", with: "\n"))
        let definition = session.request("textDocument/definition", ServerSession.at(file, line, character + 12))["result"]
        #expect(definition["range"].span == [3, 2, 7])
    }
}

import Foundation
import Testing

/// `mandate lsp` with a real editor: Neovim from Debian, headless, its built-in LSP client driven by a small Lua
/// script (Tests/Fixtures/scripts/neovim-lsp.lua) that opens a workspace's file, reads its diagnostics, jumps to a
/// definition in the other file, renames an id across the files and saves.
@Suite("Language server in Neovim", .serialized)
struct NeovimTests {
    static let neovim = ["/usr/bin/nvim", "/usr/local/bin/nvim"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("diagnostics, go to definition and rename across files, through Neovim's own client")
    func endToEnd() throws {
        let neovim = try #require(Self.neovim, "Neovim is not installed: run scripts/install-dependencies")
        let folder = try WorkspaceTests.workspace([
            "region.yaml": """
                mandate: 1
                model: region
                language: da
                roles:
                  direktoer: {title: Direktør}
                bodies:
                  raad: {name: Regionsrådet, kind: political, root: true}
                  udvalg: {name: Sundhedsudvalget, kind: committee, reportsTo: raad, chair: direktoer}

                """,
            "forum.yaml": """
                mandate: 1
                model: forum
                language: da
                bodies:
                  forum:
                    name: Psykiatriforum
                    kind: forum
                    reportsTo: region/udvalg
                    chair: region/direktoer
                  gruppe: {name: Arbejdsgruppen, kind: working-group, reportsTo: forum, review: 2020-01-01}

                """,
        ])
        let results = folder.appendingPathComponent("results.json")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: neovim)
        process.arguments = ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c",
                             "luafile " + MandateBinary.packageRoot.appendingPathComponent("Tests/Fixtures/scripts/neovim-lsp.lua").path]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "MANDATE_BINARY": MandateBinary.url.path, "MANDATE_WORKSPACE": folder.path, "MANDATE_RESULTS": results.path,
            "XDG_STATE_HOME": folder.appendingPathComponent(".state").path, "XDG_DATA_HOME": folder.appendingPathComponent(".data").path,
        ]) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()

        let seen = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: results)) as? [String: Any])
        #expect(seen["error"] == nil, "\(seen["error"] ?? "")")
        #expect(seen["steps"] as? [String] == ["diagnostics", "definition", "rename", "typo"])
        // The finding mandate check gives for the file: the review date passed, in Danish, on the body's line.
        let diagnostics = seen["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { $0["code"] as? String == "review-due" && ($0["message"] as? String)?.contains("Arbejdsgruppen") == true
            && $0["line"] as? Int == 9 })
        let definition = seen["definition"] as? [String: Any] ?? [:]
        #expect((definition["file"] as? String)?.hasSuffix("/region.yaml") == true)
        #expect(definition["line"] as? Int == 8)
        #expect(definition["word"] as? String == "udvalg")
        // The rename reached both files on disk, and the workspace still loads.
        let region = try String(contentsOf: folder.appendingPathComponent("region.yaml"), encoding: .utf8)
        let forum = try String(contentsOf: folder.appendingPathComponent("forum.yaml"), encoding: .utf8)
        #expect(region.contains("  sundhedsudvalg: {name: Sundhedsudvalget"))
        #expect(forum.contains("reportsTo: region/sundhedsudvalg"))
        #expect((seen["typo"] as? [String])?.isEmpty == false)
        #expect(seen["exit"] as? Int == 0)
        let check = try MandateBinary.run(["check", folder.path])
        #expect(check.standardError.isEmpty, "\(check.standardError)")
    }
}

import ArgumentParser
import Foundation
import MandateLanguageServer

struct LanguageServerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "A language server for editors: checks model files as they are typed.",
        discussion: """
        Speaks the Language Server Protocol 3.17 over standard input and output; an editor starts it. The files an \
        editor has open are checked with the rest of their workspace read from disk, as `mandate check` checks \
        them, and their ids can be followed, found, completed and renamed across the workspace's files. The README \
        shows how to use it from VS Code, Neovim and Emacs.

        Exit codes: 0 after the editor's shutdown and exit; 1 when the input ends without them.
        """)

    func run() throws {
        let code = StandardStreams.serve(LanguageServer())
        guard code == 0 else { throw ExitCode(code) }
    }
}

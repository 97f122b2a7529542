import ArgumentParser
import Dispatch
import Foundation
import MandateModel
import MandateServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the report of a model or workspace on this machine, following its files as they are saved.",
        discussion: """
        A page in the browser beside the editor: the report's findings, diagram sheets, cards, timeline and search, \
        for the files as they are now. The files are looked at five times a second; when one is saved, the page \
        updates itself without a reload and keeps the reader's place. A save that does not load shows its errors on \
        the page, with the last structure that loaded marked as stale. /diff?against=REV shows the change page \
        between a git revision and the files now. It answers GET and HEAD only, serves no file by path, and refuses \
        a Host header that names another machine. Ctrl-C stops it.

        Exit codes: 0 stopped; 2 the path or the address could not be used.
        """)

    @Argument(help: ArgumentHelp("A model file or a workspace's folder.", valueName: "path"), completion: .file(extensions: ModelArguments.extensions))
    var path: String

    @Option(help: "The port to listen on (0 takes a free one).")
    var port = 8080

    @Option(help: "The address to listen on; anything but this machine's makes the view readable by anyone who can reach the port.")
    var host = "127.0.0.1"

    @Option(help: "The language of the page: da or en (default: the model's language:, else en).")
    var language: ModelLanguage?

    @Option(help: ArgumentHelp("The date of evaluation (default: the model's date, else today).", valueName: "YYYY-MM-DD"))
    var at: String?

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { throw ValidationError("no such file or folder: '\(path)'") }
        if isFolder.boolValue, WorkspaceFolder.root(of: path) == nil {
            throw ValidationError("'\(path)' is a folder but not a workspace: name one model file, or write 'workspace: TITLE' in its .mandate.yml")
        }
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is not a port; write 0 to 65535") }
    }

    func run() throws {
        let outcome = ServeOutcome()
        let isLocal = LiveServer.isLocal(host)
        let (path, host, port, language, date) = (path, host, port, language, at.flatMap(Day.init))
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await LiveServer.run(path: path, host: host, port: port, language: language, date: date) { address in
                    FileHandle.standardOutput.write(Data("Serving \(path) on \(address) (Ctrl-C stops)\n".utf8))
                    if !isLocal {
                        let port = address.split(separator: ":").last?.prefix { $0.isNumber } ?? ""
                        StandardError.print("warning: listening on \(host): the view is readable by anyone who can reach port \(port)")
                    }
                }
            } catch {
                outcome.record(error)
            }
            done.signal()
        }
        done.wait()
        if let error = outcome.error {
            // Mostly the address: a port another program holds, or a host that is not this machine's.
            StandardError.print("error: could not serve on \(host):\(port): \(error)\n"
                                + "  hint: choose another port with --port (0 takes a free one), or an address of this machine with --host")
            throw ExitCode(ExitStatus.unusableInput)
        }
    }
}

import Foundation
import MandateTestSupport
import Testing

/// `mandate serve` end to end: the real binary on a free port, spoken to over plain sockets (the security rules, the
/// event stream, a broken save and its recovery, the change page against git) and opened in headless Chromium (a
/// saved edit appears without a reload, the reader's place kept).
@Suite("Live view: mandate serve", .serialized)
struct ServeTests {
    /// A model of a council, a committee and a forum, with a name to change.
    static let model = """
        mandate: 1
        model: live
        language: da
        roles:
          formand: {title: Formand}
        bodies:
          raad: {name: Regionsrådet, kind: political, root: true}
          udvalg: {name: Sundhedsudvalget, kind: committee, reportsTo: raad, chair: formand}
          forum: {name: Psykiatriforum, kind: forum, reportsTo: udvalg, chair: formand}

        """

    static func folder(_ text: String = model) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("live.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test("only GET and HEAD; a Host that names another machine is refused; no file by path, however it is written")
    func securityRules() throws {
        let folder = try Self.folder()
        let view = try ServedView([folder.appendingPathComponent("live.yaml").path])
        defer { _ = view.stop() }
        let port = view.port
        let page = try RawHTTP.request("/", host: "127.0.0.1:\(port)", port: port)
        #expect(RawHTTP.status(page) == 200)
        #expect(page.contains("Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'self'"))
        #expect(page.contains("Sundhedsudvalget"))
        for host in ["localhost:\(port)", "[::1]:\(port)", "127.0.0.1"] {
            #expect(RawHTTP.status(try RawHTTP.request("/", host: host, port: port)) == 200, "\(host)")
        }
        for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
            let response = try RawHTTP.request("/", method: method, host: "localhost:\(port)", port: port)
            #expect(RawHTTP.status(response) == 405, "\(method)")
            #expect(response.contains("Allow: GET, HEAD"))
        }
        for host in ["evil.example", "evil.example:\(port)", "localhost.evil.example:\(port)"] {
            #expect(RawHTTP.status(try RawHTTP.request("/", host: host, port: port)) == 403, "\(host)")
        }
        #expect(RawHTTP.status(try RawHTTP.request("/", host: nil, port: port)) != 200)
        for path in ["/../live.yaml", "/%2e%2e/%2e%2e/etc/passwd", "/live.yaml", "//etc/passwd", "/..%2f..%2fetc%2fpasswd", "/events/../live.yaml"] {
            let response = try RawHTTP.request(path, host: "localhost:\(port)", port: port)
            #expect(RawHTTP.status(response) == 404, "\(path)")
            #expect(!response.contains("mandate: 1") && !response.contains("root:x:0"), "\(path)")
        }
        let head = try RawHTTP.request("/", method: "HEAD", host: "localhost:\(port)", port: port)
        #expect(RawHTTP.status(head) == 200 && !head.contains("<html"))
        for revision in ["--output=/tmp/x", "HEAD:live.yaml", "main..HEAD", "%2d%2dhelp"] {
            #expect(RawHTTP.status(try RawHTTP.request("/diff?against=\(revision)", host: "localhost:\(port)", port: port)) == 400, "\(revision)")
        }
        #expect(view.stop() == 0)
    }

    @Test("the event stream sends the version at once and a new one after a save; a broken save shows its errors and the stale structure; Ctrl-C ends it with 0")
    func eventsAndBrokenSaves() throws {
        let folder = try Self.folder()
        let file = folder.appendingPathComponent("live.yaml")
        let view = try ServedView([file.path])
        let port = view.port
        let first = try RawHTTP.request("/events", host: "localhost:\(port)", port: port, until: "data: 0", timeout: 10)
        #expect(first.contains("Content-Type: text/event-stream") && first.contains("event: structure\ndata: 0\n\n"))
        // A save while a reader listens: the stream carries the next version.
        let listener = EventListener(port: port, until: "data: 1", timeout: 30)
        #expect(listener.wait(for: "data: 0\n\n"))
        try Self.model.replacingOccurrences(of: "Psykiatriforum", with: "Psykiatriforummet").write(to: file, atomically: true, encoding: .utf8)
        #expect(listener.wait(for: "data: 1\n\n", timeout: 30))
        _ = listener.finish()
        #expect(try RawHTTP.request("/", host: "localhost:\(port)", port: port).contains("Psykiatriforummet"))
        // A save that does not load: the errors with file:line, the last structure kept and marked stale.
        try (Self.model + "bodies: [unclosed\n").write(to: file, atomically: true, encoding: .utf8)
        var page = ""
        let deadline = Date().addingTimeInterval(30)
        while !page.contains("class=\"stale\""), Date() < deadline {
            Thread.sleep(forTimeInterval: 0.1)
            page = try RawHTTP.request("/", host: "localhost:\(port)", port: port)
        }
        #expect(page.contains("<div id=\"live\" class=\"stale\""))
        // The reader stops at the end of the file, the line after the unclosed list.
        let end = (Self.model + "bodies: [unclosed\n").components(separatedBy: "\n").count
        #expect(page.contains("\(file.path):\(end):1: syntax error"))
        #expect(page.contains("<main class=\"stale\">") && page.contains("Psykiatriforummet") && page.contains("<svg"))
        // Mended: live again.
        try Self.model.write(to: file, atomically: true, encoding: .utf8)
        let mended = Date().addingTimeInterval(30)
        while page.contains("class=\"stale\""), Date() < mended {
            Thread.sleep(forTimeInterval: 0.1)
            page = try RawHTTP.request("/", host: "localhost:\(port)", port: port)
        }
        #expect(page.contains("<div id=\"live\" class=\"live\"") && page.contains("<main>") && page.contains("Psykiatriforum<"))
        // Ctrl-C with a reader still listening.
        let reader = EventListener(port: port, until: "never", timeout: 60)
        #expect(reader.wait(for: "data: "))
        #expect(view.stop() == 0)
        _ = reader.finish()
    }

    @Test("/diff?against=REV shows the change page between the revision and the files now")
    func changePage() throws {
        let folder = try Self.folder()
        for arguments in [["init", "-q"], ["add", "live.yaml"], ["-c", "user.name=Mandate", "-c", "user.email=mandate@example.org", "commit", "-q", "-m", "first"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            git.arguments = arguments
            git.currentDirectoryURL = folder
            try git.run()
            git.waitUntilExit()
        }
        try Self.model.replacingOccurrences(of: "reportsTo: udvalg, chair", with: "reportsTo: raad, chair").write(
            to: folder.appendingPathComponent("live.yaml"), atomically: true, encoding: .utf8)
        let view = try ServedView(["live.yaml"], directory: folder)
        defer { _ = view.stop() }
        Thread.sleep(forTimeInterval: 0.5)
        let page = try RawHTTP.request("/diff?against=HEAD", host: "localhost:\(view.port)", port: view.port)
        #expect(RawHTTP.status(page) == 200)
        #expect(page.contains("Psykiatriforum") && page.contains("Regionsrådet"))
        #expect(page.contains("<svg"))
        let unknown = try RawHTTP.request("/diff?against=no-such-branch", host: "localhost:\(view.port)", port: view.port)
        #expect(RawHTTP.status(unknown) == 400)
    }

    @Test("listening beyond this machine says who can read the view")
    func openHost() throws {
        let folder = try Self.folder()
        let view = try ServedView(["--host", "0.0.0.0", folder.appendingPathComponent("live.yaml").path])
        #expect(view.stop() == 0)
        #expect(view.standardError.contains("readable by anyone who can reach port"))
    }

    @Test("a folder that is not a workspace, or a path that is not there, is refused with advice before anything listens")
    func refusedPaths() throws {
        let folder = try Self.folder()
        let plain = try MandateBinary.run(["serve", "--port", "0", folder.path])
        #expect(plain.status == 2 && plain.standardError.contains("not a workspace"))
        let missing = try MandateBinary.run(["serve", "--port", "0", folder.appendingPathComponent("nothing.yaml").path])
        #expect(missing.status == 2 && missing.standardError.contains("no such file"))
        // A port another server holds: said, with what to do instead.
        let first = try ServedView([folder.appendingPathComponent("live.yaml").path])
        defer { _ = first.stop() }
        let taken = try MandateBinary.run(["serve", "--port", "\(first.port)", folder.appendingPathComponent("live.yaml").path], timeLimit: 30)
        #expect(taken.status == 2 && taken.standardError.contains("could not serve on 127.0.0.1:\(first.port)")
            && taken.standardError.contains("hint: choose another port"), "\(taken.standardError)")
    }
}

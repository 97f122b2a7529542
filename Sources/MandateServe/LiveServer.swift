import Foundation
import Hummingbird
import Logging
import MandateModel

/// `mandate serve`: the report of a model file or workspace served on this machine, following its files as they are
/// saved. Stops cleanly on Ctrl-C (SIGINT) or SIGTERM.
public enum LiveServer {
    /// Whether `host` (as `--host` gives it) is this machine, so that nobody else can read the view.
    public static func isLocal(_ host: String) -> Bool {
        RequestRules.local.contains(RequestRules.bracketed(host).lowercased())
    }

    /// Serves `path` on `host`:`port` (port 0 takes a free one) until stopped; `announce` is given the view's address
    /// once it listens.
    public static func run(path: String, host: String, port: Int, language: ModelLanguage?, date: Day?,
                           announce: @escaping @Sendable (String) -> Void) async throws {
        let absolute = WorkspaceFolder.standard(path)
        let view = LiveView(path: absolute, language: language, date: date)
        let current = WorkspaceFolder.standard(".")
        let gitPath = absolute == current ? "." : absolute.hasPrefix(current + "/") ? "./" + absolute.dropFirst(current.count + 1) : nil
        var logger = Logger(label: "mandate-serve")
        logger.logLevel = .error
        let shown = RequestRules.bracketed(host)
        let app = Application(
            responder: LiveResponder(view: view, rules: RequestRules(host: host), gitPath: gitPath),
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
            services: [Polling(view: view)],
            onServerRunning: { channel in announce("http://\(shown):\(channel.localAddress?.port ?? port)/") },
            logger: logger)
        try await app.runService()
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import MandateHTML
import MandateReporting
import ServiceLifecycle

/// The live view's HTTP answers: the report page, its event stream, the change page against a git revision, and
/// a short page saying why for anything refused.
struct LiveResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let view: LiveView
    let rules: RequestRules
    /// The structure's path as `git show REV:PATH` takes it (relative to the current folder), or `nil` when it lies
    /// outside the current folder.
    let gitPath: String?

    func respond(to request: Request, context: Context) async throws -> Response {
        let isHead = request.method == .head
        switch rules.decide(method: request.method.rawValue, authority: request.head.authority, path: request.uri.path) {
        case .failure(let refusal):
            return refused(refusal, isHead: isHead)
        case .success(.report):
            do { return html(try await view.reportPage(), live: true, isHead: isHead) } catch {
                return refused(RequestRules.Refusal(status: 500, reason: "\(error)"), isHead: isHead)
            }
        case .success(.events):
            return events(isHead: isHead)
        case .success(.diff):
            guard let revision = request.uri.queryParameters["against"].map(String.init), RequestRules.isRevision(revision) else {
                return refused(RequestRules.Refusal(status: 400, reason: "name a git revision: /diff?against=main (a branch, a tag, a commit or HEAD~1)"),
                               isHead: isHead)
            }
            guard let gitPath else {
                return refused(RequestRules.Refusal(status: 400, reason: "start mandate serve inside the repository's folder to compare with a revision"),
                               isHead: isHead)
            }
            do { return html(try await view.changePage(against: revision, gitPath: gitPath), live: false, isHead: isHead) } catch let refusal as RequestRules.Refusal {
                return refused(refusal, isHead: isHead)
            } catch {
                return refused(RequestRules.Refusal(status: 500, reason: "\(error)"), isHead: isHead)
            }
        }
    }

    /// A page, with the report's content security policy (the live one lets the page follow its event stream).
    private func html(_ text: String, live: Bool, status: HTTPResponse.Status = .ok, isHead: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers[.cacheControl] = "no-store"
        headers[HTTPField.Name("Content-Security-Policy")!] = ReportPolicy.contentSecurity(live: live)
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[.contentLength] = String(text.utf8.count)
        return Response(status: status, headers: headers, body: isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The structure's versions as Server-Sent Events: the current one at once, then each change.
    private func events(isHead: Bool) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        guard !isHead else { return Response(status: .ok, headers: headers, body: ResponseBody()) }
        let view = view
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            let changes = await view.changes()
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
            // The stream ends when the server stops, so that its graceful shutdown does not wait on the reader.
            try await withGracefulShutdownHandler {
                for await generation in changes {
                    try await writer.write(ByteBuffer(string: "event: structure\ndata: \(generation)\n\n"))
                }
            } onGracefulShutdown: {
                Task { await view.close() }
            }
            try await writer.finish(nil)
        })
    }

    private func refused(_ refusal: RequestRules.Refusal, isHead: Bool) -> Response {
        let text = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>\(refusal.status)</title></head>\n"
            + "<body><h1>\(refusal.status)</h1><pre>\(XMLText.escape(refusal.reason))</pre></body>\n</html>\n"
        var response = html(text, live: false, status: HTTPResponse.Status(code: refusal.status), isHead: isHead)
        if refusal.status == 405 { response.headers[.allow] = "GET, HEAD" }
        return response
    }
}

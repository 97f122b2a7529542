@testable import MandateServe
import Testing

/// The live view's rules, request by request: only GET and HEAD, only a Host that names this machine, only its own
/// pages, and only a revision that git cannot take for an option or a path.
@Suite("Live view: what it answers")
struct RequestRulesTests {
    let rules = RequestRules(host: "127.0.0.1")

    @Test("GET and HEAD of its three pages are answered; any other method is refused with 405")
    func methods() throws {
        for method in ["GET", "HEAD"] {
            #expect(try rules.decide(method: method, authority: "localhost:8080", path: "/").get() == .report)
            #expect(try rules.decide(method: method, authority: "localhost:8080", path: "/events").get() == .events)
            #expect(try rules.decide(method: method, authority: "localhost:8080", path: "/diff").get() == .diff)
        }
        for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "get"] {
            guard case .failure(let refusal) = rules.decide(method: method, authority: "localhost", path: "/") else {
                Issue.record("\(method) answered")
                continue
            }
            #expect(refusal.status == 405)
        }
    }

    @Test("a Host of this machine (with or without a port) is answered; any other, and none, is refused with 403")
    func hosts() {
        for host in ["localhost", "localhost:8080", "LOCALHOST:1", "127.0.0.1", "127.0.0.1:65535", "[::1]", "[::1]:8080"] {
            #expect(rules.isAllowed(host), "\(host)")
        }
        for host in ["evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "127.0.0.2", "localhost:", "localhost:abc",
                     "localhost:80:80", "[::1]x", "[::2]:80", "[::1", "", "0.0.0.0", "example.org:8080"] {
            #expect(!rules.isAllowed(host), "\(host)")
        }
        guard case .failure(let refusal) = rules.decide(method: "GET", authority: nil, path: "/") else {
            Issue.record("no Host answered")
            return
        }
        #expect(refusal.status == 403)
        let open = RequestRules(host: "192.168.1.20")
        #expect(open.isAllowed("192.168.1.20:8080") && open.isAllowed("localhost") && !open.isAllowed("192.168.1.21"))
        #expect(RequestRules(host: "fe80::1").isAllowed("[fe80::1]:8080"))
    }

    @Test("no path but its own pages: traversal, encoded traversal, files and near misses get 404")
    func paths() {
        for path in ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fetc%2fpasswd", "//etc/passwd", "/index.html", "/events/",
                     "/Models/x.yaml", "/./", "/diff/../", "/%2f", "/events%00", ""] {
            guard case .failure(let refusal) = rules.decide(method: "GET", authority: "localhost", path: path) else {
                Issue.record("\(path) answered")
                continue
            }
            #expect(refusal.status == 404, "\(path)")
        }
    }

    @Test("revisions git takes as revisions, and nothing it could take for an option, a range or a path")
    func revisions() {
        for revision in ["main", "HEAD", "HEAD~1", "HEAD^", "v1.0", "origin/main", "a1b2c3d", "main@{1}", "release-2026_12"] {
            #expect(RequestRules.isRevision(revision), "\(revision)")
        }
        for revision in ["", "-o", "--output=/tmp/x", "HEAD:Models", "main..HEAD", "a b", "HEAD\nx", "ℌEAD", "$(id)", "`id`", "a;b",
                         String(repeating: "a", count: 201)] {
            #expect(!RequestRules.isRevision(revision), "\(revision)")
        }
    }
}

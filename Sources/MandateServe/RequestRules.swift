/// What the live view answers, decided from a request's method, host and path alone: only GET and HEAD, only a
/// `Host` that names this machine (or the `--host` given), against DNS rebinding, and only its own pages, never a
/// file by path.
struct RequestRules: Sendable {
    /// The pages the view serves, by their exact path.
    enum Page: Equatable {
        case report
        case events
        case diff
    }

    /// Why a request is refused: its status and what the page says.
    struct Refusal: Error, Equatable {
        let status: Int
        let reason: String
    }

    /// The host the server listens on, as `--host` gave it.
    let host: String

    /// The page a request asks for, or why it is refused.
    func decide(method: String, authority: String?, path: String) -> Result<Page, Refusal> {
        guard method == "GET" || method == "HEAD" else {
            return .failure(Refusal(status: 405, reason: "only GET and HEAD: the live view changes nothing"))
        }
        guard let authority, isAllowed(authority) else {
            return .failure(Refusal(status: 403, reason: "the Host header names another host: open the view at http://localhost or the address it printed"))
        }
        switch path {
        case "/": return .success(.report)
        case "/events": return .success(.events)
        case "/diff": return .success(.diff)
        default: return .failure(Refusal(status: 404, reason: "no such page: the view serves /, /events and /diff?against=REV, and no files"))
        }
    }

    /// Whether a `Host` header (a name or address, and a port) names this machine or the host given.
    func isAllowed(_ authority: String) -> Bool {
        let name: Substring
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return false }
            name = authority[...close]
            let rest = authority[authority.index(after: close)...]
            guard rest.isEmpty || (rest.first == ":" && rest.dropFirst().allSatisfy(\.isNumber) && rest.count > 1) else { return false }
        } else {
            let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count <= 2, parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)) else { return false }
            name = parts[0]
        }
        return (Self.local + [Self.bracketed(host).lowercased()]).contains(name.lowercased())
    }

    /// The names of this machine a `Host` header may give.
    static let local = ["localhost", "127.0.0.1", "[::1]"]

    /// An address as a `Host` header writes it: an IPv6 address in brackets.
    static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    /// Whether `revision` may be handed to git as the revision of `REV:PATH`: a branch, a tag, a commit or a
    /// `HEAD~2`, never an option, a range or a path.
    static func isRevision(_ revision: String) -> Bool {
        guard !revision.isEmpty, revision.count <= 200, !revision.hasPrefix("-"), !revision.contains("..") else { return false }
        return revision.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._/~^@{}-".unicodeScalars.contains(scalar))
        }
    }
}

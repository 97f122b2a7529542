import MandateModel

extension FindingText {
    /// The sentence in English.
    public var english: String {
        let words = ModelWords.english
        let q = Self.quoted
        func absent(_ body: AbsentBody) -> String {
            "\(q(body.name)), which does not exist on \(body.date)" + (words.validity(body.validity).map { " (valid \($0))" } ?? "")
        }
        func verb(_ line: ParentLine) -> String {
            switch line {
            case .reportsTo: "reports to"
            case .anchoredIn: "is anchored in"
            case .establishedBy: "is set up by"
            }
        }
        func below(_ count: Int) -> String {
            count == 0 ? "" : count == 1 ? "; 1 body below it is cut off with it" : "; \(count) bodies below it are cut off with it"
        }
        switch self {
        case .multipleReportingLines(let body, let parents):
            return "\(q(body)) reports to \(parents.count) bodies, \(words.list(parents.map(q))); a body reports to exactly one, or is declared 'joint: true'"
        case .noChair(let body):
            return "\(q(body)) has no chair; name a chair, or two or more co-chairs"
        case .singleCoChair(let body, let coChair):
            return "\(q(body)) has a single co-chair, \(q(coChair)); name a chair, or two or more co-chairs"
        case .chairNotMember(let member, let body, let isCoChair):
            return "\(q(member)), who \(isCoChair ? "co-chairs" : "chairs") \(q(body)), is not among its permanent members"
        case .cycle(let lines, let bodies, let linked, let files):
            let kind = lines == .reporting ? "reporting lines" : "set-up-by lines"
            let steps = bodies.enumerated().map { index, name in q(name) + (files.map { " (\($0[index]))" } ?? "") }
            return "\(kind) form a cycle: \(steps.joined(separator: " → "))" + (linked.map { " (\($0) bodies are caught in linked cycles)" } ?? "")
        case .cutOff(let body, let line, let bodies, let count):
            return "\(q(body)) \(verb(line)) \(words.list(bodies.map(absent))), so it reaches no root" + below(count)
        case .noParent(let body, let count):
            return "\(q(body)) reports to no body and is not a declared root" + below(count)
        case .upwardLoop(let body, let path, let count):
            return "\(q(body)) reaches no root: its lines upward go round in a loop, \(path.map(q).joined(separator: " → "))" + below(count)
        case .noSecretariat(let body):
            return "\(q(body)) meets but has no secretariat"
        case .absentParent(let body, let line, let parent):
            return "\(q(body)) \(verb(line)) \(absent(parent))"
        case .noSuccessor(let body, let until):
            return "\(q(body)) ends on \(until) but names no successor; add 'successor', or 'lapses: true'"
        case .adHocMember(let member, let body):
            return "\(q(member)) is both a permanent member and an ad-hoc participant of \(q(body))"
        case .reviewDue(let body, let review):
            return "\(q(body)) was due for review on \(review)"
        case .spanOfControl(let body, let reports, let maximum):
            return "\(reports) bodies report directly to \(q(body)); the threshold is \(maximum)"
        case .reportingDepth(let body, let depth, let root, let maximum):
            return "\(q(body)) is \(depth) levels below its root \(q(root)); the threshold is \(maximum)"
        case .duplicateName(let body, let parent, let other, let line):
            return "\(q(body)) has the name of another body under \(q(parent)), \(q(other)) (line \(line)); one of them is likely a duplicate"
        case .waiverOfUnknownBody(let rule, let body, let model, let suggestion):
            return "the waiver of \(rule) names \(q(body)), which is no body of \(model)"
                + (suggestion.map { "; did you mean \(q($0))?" } ?? "; correct the body, or give the waiver `model:` for the model it is for")
        case .waiverExpired(let rule, let body, let until):
            return "the waiver of \(rule) for \(q(body)) ended on \(until); renew it or remove it"
        case .waiverUnused(let rule, let body):
            return "the waiver of \(rule) for \(q(body)) matches no finding; remove it, or correct its rule or body"
        case .gap(let body, let relation, let before, let after):
            let what = switch relation {
            case .parent: "has no live body to report to"
            case .chair: "has no chair"
            case .secretariat: "has no secretariat"
            }
            return "\(q(body)) \(what); \(before.map(q).joined(separator: " and ")) before, \(after.map(q).joined(separator: " and ")) after"
        case .custom(let text):
            return text
        }
    }
}

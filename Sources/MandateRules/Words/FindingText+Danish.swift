import MandateModel

extension FindingText {
    /// The sentence in Danish, in the words of the terms of reference (formand, sekretariat, refererer til).
    public var danish: String {
        let words = ModelWords.danish
        let q = Self.quoted
        func absent(_ body: AbsentBody) -> String {
            "\(q(body.name)), som ikke findes pr. \(body.date)" + (words.validity(body.validity).map { " (gyldig \($0))" } ?? "")
        }
        func verb(_ line: ParentLine) -> String {
            switch line {
            case .reportsTo: "refererer til"
            case .anchoredIn: "er forankret i"
            case .establishedBy: "er nedsat af"
            }
        }
        func below(_ count: Int) -> String {
            count == 0 ? "" : count == 1 ? "; 1 organ under det er afskåret sammen med det" : "; \(count) organer under det er afskåret sammen med det"
        }
        switch self {
        case .multipleReportingLines(let body, let parents):
            return "\(q(body)) refererer til \(parents.count) organer, \(words.list(parents.map(q))); et organ refererer til præcis ét, eller det erklæres 'joint: true'"
        case .noChair(let body):
            return "\(q(body)) har ingen formand; angiv en formand eller to eller flere medformænd"
        case .singleCoChair(let body, let coChair):
            return "\(q(body)) har kun én medformand, \(q(coChair)); angiv en formand eller to eller flere medformænd"
        case .chairNotMember(let member, let body, let isCoChair):
            return "\(q(member)), som er \(isCoChair ? "medformand" : "formand") for \(q(body)), er ikke blandt dets faste medlemmer"
        case .cycle(let lines, let bodies, let linked, let files):
            let kind = lines == .reporting ? "referencelinjerne" : "nedsættelseslinjerne"
            let steps = bodies.enumerated().map { index, name in q(name) + (files.map { " (\($0[index]))" } ?? "") }
            return "\(kind) danner en cirkel: \(steps.joined(separator: " → "))" + (linked.map { " (\($0) organer er fanget i sammenhængende cirkler)" } ?? "")
        case .cutOff(let body, let line, let bodies, let count):
            return "\(q(body)) \(verb(line)) \(words.list(bodies.map(absent))), så det når ingen rod" + below(count)
        case .noParent(let body, let count):
            return "\(q(body)) refererer ikke til noget organ og er ikke erklæret som rod" + below(count)
        case .upwardLoop(let body, let path, let count):
            return "\(q(body)) når ingen rod: dets linjer opad går i ring, \(path.map(q).joined(separator: " → "))" + below(count)
        case .noSecretariat(let body):
            return "\(q(body)) holder møder, men har intet sekretariat"
        case .absentParent(let body, let line, let parent):
            return "\(q(body)) \(verb(line)) \(absent(parent))"
        case .noSuccessor(let body, let until):
            return "\(q(body)) ophører \(until), men angiver ingen efterfølger; tilføj 'successor' eller 'lapses: true'"
        case .adHocMember(let member, let body):
            return "\(q(member)) er både fast medlem og ad hoc-deltager i \(q(body))"
        case .reviewDue(let body, let review):
            return "\(q(body)) skulle have været revideret senest \(review)"
        case .spanOfControl(let body, let reports, let maximum):
            return "\(reports) organer refererer direkte til \(q(body)); grænsen er \(maximum)"
        case .reportingDepth(let body, let depth, let root, let maximum):
            return "\(q(body)) ligger \(depth) niveauer under sin rod \(q(root)); grænsen er \(maximum)"
        case .duplicateName(let body, let parent, let other, let line):
            return "\(q(body)) har samme navn som et andet organ under \(q(parent)), \(q(other)) (linje \(line)); et af dem er sandsynligvis en dublet"
        case .waiverOfUnknownBody(let rule, let body, let model, let suggestion):
            return "dispensationen fra \(rule) nævner \(q(body)), som ikke er et organ i \(model)"
                + (suggestion.map { "; mente du \(q($0))?" } ?? "; ret organet, eller giv dispensationen `model:` for den model, den gælder")
        case .waiverExpired(let rule, let body, let until):
            return "dispensationen fra \(rule) for \(q(body)) udløb \(until); forny den eller fjern den"
        case .waiverUnused(let rule, let body):
            return "dispensationen fra \(rule) for \(q(body)) svarer ikke til noget fund; fjern den, eller ret dens regel eller organ"
        case .gap(let body, let relation, let before, let after):
            let what = switch relation {
            case .parent: "har intet levende organ at referere til"
            case .chair: "har ingen formand"
            case .secretariat: "har intet sekretariat"
            }
            return "\(q(body)) \(what); \(before.map(q).joined(separator: " og ")) før, \(after.map(q).joined(separator: " og ")) efter"
        case .custom(let text):
            return text
        }
    }
}

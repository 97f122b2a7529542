import MandateModel

/// What a finding (or a gap in continuity) says, as data: which sentence, and the names, numbers and dates in
/// it. ``text(in:)`` words it in a language, from one table per language (`FindingText+English.swift`,
/// `FindingText+Danish.swift`); names are the model's own, as they stood on the date.
public enum FindingText: Hashable, Sendable {
    case multipleReportingLines(body: String, parents: [String])
    case noChair(body: String)
    case singleCoChair(body: String, coChair: String)
    case chairNotMember(member: String, body: String, isCoChair: Bool)
    /// `files`, where the cycle runs through several files of a workspace, names each body's file.
    case cycle(lines: CycleLines, bodies: [String], linked: Int?, files: [String]? = nil)
    case cutOff(body: String, line: ParentLine, absent: [AbsentBody], below: Int)
    case noParent(body: String, below: Int)
    case upwardLoop(body: String, path: [String], below: Int)
    case noSecretariat(body: String)
    case absentParent(body: String, line: ParentLine, absent: AbsentBody)
    case noSuccessor(body: String, until: Day)
    case adHocMember(member: String, body: String)
    case reviewDue(body: String, review: Day)
    case spanOfControl(body: String, reports: Int, maximum: Int)
    case reportingDepth(body: String, depth: Int, root: String, maximum: Int)
    case duplicateName(body: String, parent: String, other: String, line: Int)
    case waiverOfUnknownBody(rule: String, body: String, model: String, suggestion: String?)
    case waiverExpired(rule: String, body: String, until: Day)
    case waiverUnused(rule: String, body: String)
    case gap(body: String, relation: ContinuityRelation, before: [String], after: [String])
    /// A library user's own rule, in its own words: shown as written in every language.
    case custom(String)

    /// Which lines a cycle of mandates follows.
    public enum CycleLines: Hashable, Sendable {
        case reporting
        case setUp
    }

    /// A line from a body to a body above it.
    public enum ParentLine: Hashable, Sendable {
        case reportsTo
        case anchoredIn
        case establishedBy
    }

    /// A body named by a finding that does not exist on the date of evaluation, and when it does.
    public struct AbsentBody: Hashable, Sendable {
        public let name: String
        public let date: Day
        public let validity: Validity

        /// Creates the description of an absent body.
        public init(name: String, date: Day, validity: Validity) {
            self.name = name
            self.date = date
            self.validity = validity
        }
    }

    /// The sentence in `language`.
    public func text(in language: ModelLanguage) -> String {
        switch language {
        case .en: english
        case .da: danish
        }
    }

    /// `'name'`: how every sentence quotes a name.
    static func quoted(_ name: String) -> String { "'\(name)'" }
}

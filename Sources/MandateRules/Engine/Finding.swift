import MandateModel

/// One thing a rule found wrong (or worth knowing) in a model, at the place in the file that shows it.
public struct Finding: Hashable, Sendable, Comparable {
    /// The identifier of the rule that found it.
    public let rule: String
    public let severity: Severity
    /// What it says, as data, to be worded in any language (``FindingText/text(in:)``).
    public let text: FindingText
    /// What it says in English: the words baselines fingerprint and reports sort by, whatever the language shown.
    public let message: String
    /// The bodies involved, first the one the finding is about.
    public let bodies: [BodyID]
    public let location: SourceLocation
    /// What causes it, where two rules can see one cause ("body X is cut off"): where a rule reports a cause,
    /// the checker leaves out the findings of later rules (in the catalogue's order) with the same cause.
    public let cause: String?

    /// Creates a finding that says `text`.
    public init(rule: String, severity: Severity, text: FindingText, bodies: [BodyID], location: SourceLocation, cause: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.text = text
        message = text.english
        self.bodies = bodies
        self.location = location
        self.cause = cause
    }

    /// Creates a finding of a rule of the library user's own, whose message is shown as written in every language.
    public init(rule: String, severity: Severity, message: String, bodies: [BodyID], location: SourceLocation, cause: String? = nil) {
        self.init(rule: rule, severity: severity, text: .custom(message), bodies: bodies, location: location, cause: cause)
    }

    /// What it says in `language`.
    public func message(in language: ModelLanguage) -> String {
        language == .en ? message : text.text(in: language)
    }

    /// The same finding at another severity.
    public func with(severity: Severity) -> Finding {
        Finding(rule: rule, severity: severity, text: text, bodies: bodies, location: location, cause: cause)
    }

    /// The cause of a body cut off from every root: no-orphan's finding, which names every absent body it
    /// reports to, stands for alive-parent's findings about those bodies.
    public static func cutOff(_ body: BodyID) -> String {
        "cut off: \(body)"
    }

    /// File order, then rule, then message: the order every report uses.
    public static func < (lhs: Finding, rhs: Finding) -> Bool {
        (lhs.location, lhs.rule, lhs.message) < (rhs.location, rhs.rule, rhs.message)
    }
}

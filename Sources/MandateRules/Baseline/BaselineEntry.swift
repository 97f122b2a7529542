import MandateModel

/// A known finding in a baseline: its model, rule, bodies and a fingerprint of its message. No line numbers,
/// so that edits elsewhere in the file do not revive it.
package struct BaselineEntry: Hashable, Sendable {
    public let model: String
    public let rule: String
    public let bodies: [String]
    public let fingerprint: String
    /// The message, for the person who reads the baseline file.
    public let message: String

    /// Creates an entry.
    public init(model: String, rule: String, bodies: [String], fingerprint: String, message: String) {
        self.model = model
        self.rule = rule
        self.bodies = bodies
        self.fingerprint = fingerprint
        self.message = message
    }

    /// The entry of `finding` in the model with id `model`.
    public init(_ finding: Finding, model: String) {
        self.init(model: model, rule: finding.rule, bodies: finding.bodies.map(\.rawValue).sorted(),
                  fingerprint: Fingerprint.of(finding.message), message: finding.message)
    }

    /// What two entries of the same finding share; the message itself may be written differently.
    var key: String { [model, rule, bodies.joined(separator: "\u{1F}"), fingerprint].joined(separator: "\u{1E}") }
}

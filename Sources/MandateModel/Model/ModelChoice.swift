/// A fixed set of words a key of the model file takes (a body's kind, an organisation's kind), with the
/// words people write for them in Danish, so that a message can say which word the model uses.
package protocol ModelChoice: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// Danish words for the values, lower-cased.
    static var localWords: [String: Self] { get }
}

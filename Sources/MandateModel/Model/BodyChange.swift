/// A change to a body's relations that takes effect on a date: from `from` on, each key it gives replaces the
/// body's value (its reporting line, anchoring, chair, secretariat, members, …), until a later change replaces it again.
public struct BodyChange: Hashable, Sendable {
    /// The first day the change holds.
    public let from: Day
    /// The keys the change gives, as the model file writes them (`reportsTo`, `chair`, …).
    public let keys: Set<String>
    /// The body as the change describes it: only the properties of ``keys`` are read.
    public let values: Body
    /// The sentence of the source document the change comes from.
    public let source: String?
    /// Where the change's `from` is written.
    public let location: SourceLocation

    /// Creates a change; `values` carries the new value of each key in `keys`.
    public init(from: Day, keys: Set<String>, values: Body, source: String? = nil, location: SourceLocation) {
        self.from = from
        self.keys = keys
        self.values = values
        self.source = source
        self.location = location
    }

    /// The change in a line, without its place or source: "from 2027-01-01: reportsTo oestdansk-forum, chair none".
    public var summary: String { summary(in: .english) }

    /// The change in a line in `words`; keys and ids as the model file writes them.
    package func summary(in words: ModelWords) -> String {
        func text(_ value: JSONValue?) -> String {
            switch value {
            case .string(let text)?: text
            case .array(let items)? where items.isEmpty: words.none
            case .array(let items)?: items.map { text($0) }.joined(separator: " \(words.and) ")
            case .object(let pairs)?: pairs.map { "\($0.0) \(text($0.1))" }.joined(separator: " ")
            case .bool(let flag)?: flag ? "true" : "false"
            case .int(let number)?: String(number)
            case .fraction(let number)?: String(format: "%.3f", number)
            case .null?, nil: words.none
            }
        }
        let parts = ModelSchema.datedFields.filter { keys.contains($0.key.name) }.map { "\($0.key.name) \(text($0.encode(values)))" }
        return (words.period(Period(from: from, until: nil)) ?? "") + ": " + parts.joined(separator: ", ")
    }
}

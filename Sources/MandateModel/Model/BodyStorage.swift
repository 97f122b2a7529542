/// The shared, copy-on-write home of a ``Body``'s fields.
final class BodyStorage: @unchecked Sendable {
    // Safe to share across threads: a body writes to its storage only when it holds the sole reference.
    var fields: BodyFields

    init(_ fields: BodyFields) {
        self.fields = fields
    }
}

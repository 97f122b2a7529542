/// The shared, copy-on-write home of a body's ``RareBodyFields``.
final class RareBodyFieldsStorage: @unchecked Sendable {
    // Safe to share across threads: a box writes to its storage only when it holds the sole reference.
    var fields: RareBodyFields

    init(_ fields: RareBodyFields) {
        self.fields = fields
    }
}

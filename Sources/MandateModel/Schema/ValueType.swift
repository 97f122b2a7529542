/// What a key of the model file accepts.
package indirect enum ValueType: Sendable {
    /// Free text.
    case text
    /// An id: a letter or digit (of any script), then letters, digits, `-`, `_` or `.`.
    case identifier
    /// The format version, which must be 1.
    case formatVersion
    /// A date written `YYYY-MM-DD`.
    case date
    /// A whole number at least `minimum`.
    case integer(minimum: Int)
    /// `true` or `false`.
    case boolean
    /// One of a fixed set of words.
    case choice([String])
    /// Free text, with some words that tools understand.
    case suggestedText([String])
    /// A list of texts (a single text is taken as a list of one).
    case texts
    /// The id of one element of the given kinds (a body may also be named by an alias).
    case reference([EntityKind])
    /// One id or a list of ids of elements of the given kinds.
    case references([EntityKind])
    /// A list of members: role ids, or mappings with `role`, `count` and `note`.
    case members(ObjectSpec)
    /// A mapping with the keys of the given object.
    case object(ObjectSpec)
    /// One mapping with the keys of the given object, or a list of them.
    case objects(ObjectSpec)
    /// A list whose items are texts (the object's first key) or mappings with the keys of the given object.
    case records(ObjectSpec)
    /// A mapping from new ids to objects of the given shape.
    case entries(ObjectSpec)
}

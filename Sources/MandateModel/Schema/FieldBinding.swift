/// One key of an element and where its value goes: the key's description, how a value is decoded into the
/// element, and how the element's value is written back (`nil` where it is the default and is left out).
///
/// Made by the factories in `FieldBinding+Kinds.swift`, one per kind of value, so that a key's name, type,
/// meaning and property are written in one line of ``ModelSchema``.
package struct FieldBinding<Entity>: Sendable {
    package let key: KeySpec
    let decode: @Sendable (inout Entity, SourceTree.Node, inout ModelDecoder) -> Void
    package let encode: @Sendable (Entity) -> JSONValue?
    /// Sets the key's property of the first element to the second's: how a dated change takes effect.
    package let copy: @Sendable (inout Entity, Entity) -> Void
    /// Leaves out of the key's value every reference to an element of the set: how a dissolved element's
    /// references go with it. Nothing for a key that names no element.
    package var drop: @Sendable (inout Entity, Set<EntityID>) -> Void = { _, _ in }
}

/// A typed identifier: a `Identifier<Body>` cannot be passed where a `Identifier<Role>` is expected.
///
/// Every identifier in a model is unique across organisations, units, roles and bodies.
public struct Identifier<Entity>: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The identifier as written in the model file.
    public let rawValue: String

    /// Creates an identifier from its text.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public init(stringLiteral value: String) {
        self.rawValue = value
    }

    public var description: String { rawValue }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// Identifies a ``Body``.
public typealias BodyID = Identifier<Body>
/// Identifies a ``Role``.
public typealias RoleID = Identifier<Role>
/// Identifies a staff ``Unit``.
public typealias UnitID = Identifier<Unit>
/// Identifies an ``Organisation``.
public typealias OrganisationID = Identifier<Organisation>

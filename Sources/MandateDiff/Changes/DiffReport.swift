import MandateModel
import MandateRules

/// Everything a comparison found: the changes, and the findings the change introduces and resolves.
public struct DiffReport: Sendable {
    public let before: Model
    public let after: Model
    public let beforeDate: Day
    public let afterDate: Day
    package let match: BodyMatch
    /// The changes, in plan order.
    public let changes: [Change]
    /// Findings on the after model that the before model did not have.
    public let introduced: [Finding]
    /// Findings on the before model that the after model no longer has.
    public let resolved: [Finding]
    /// Gaps in continuity (``ContinuityGap``) through the after model's dates that the before model does not have.
    public let gapsIntroduced: [ContinuityGap]
    /// Gaps through the before model's dates that the after model no longer has.
    public let gapsClosed: [ContinuityGap]
    /// What the comparison could not settle: lineage ids that name nothing, names that match several bodies.
    public let warnings: [DiffWarning]

    /// How many changes there are of a kind.
    public func count(_ kind: ChangeKind) -> Int { changes.lazy.filter { $0.kind == kind }.count }

    /// Whether the change introduces error-level findings or leaves a gap in continuity.
    public var introducesErrors: Bool { introduced.contains { $0.severity == .error } || !gapsIntroduced.isEmpty }

    /// Whether the report has any change.
    public var hasChanges: Bool { !changes.isEmpty }

    /// A body's name, looked up in the after model and then the before model.
    public func name(of id: BodyID) -> String {
        after.body(id)?.name ?? before.body(id)?.name ?? id.rawValue
    }
}

/// What sort of change a ``Change`` is; the raw value is the `type` in JSON output.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable, Comparable {
    case merged
    case split
    case added
    case removed
    /// A body of both models that exists on the after side's date and not on the before side's.
    case started
    /// A body of both models that exists on the before side's date and not on the after side's.
    case ended
    case identifierChanged = "id-changed"
    case renamed
    case moved
    /// A body of a workspace declared in another file than before (`MODEL/ID` with another model); a file
    /// renamed, or its model renamed, moves nothing.
    case fileChanged = "file-changed"
    case establishedByChanged = "set-up-by-changed"
    case anchoringChanged = "anchoring-changed"
    case commissioningChanged = "commissioned-by-changed"
    case escalationChanged = "escalation-changed"
    case counterpartChanged = "counterpart-changed"
    case successorChanged = "successor-changed"
    case chairChanged = "chair-changed"
    case secretariatChanged = "secretariat-changed"
    case memberAdded = "member-added"
    case memberRemoved = "member-removed"
    case memberRecounted = "member-recounted"
    case seatChanged = "seat-changed"
    case holderChanged = "holder-changed"
    case adHocChanged = "ad-hoc-changed"
    case kindChanged = "kind-changed"
    case rootChanged = "root-changed"
    case organisationChanged = "organisation-changed"
    case validityChanged = "validity-changed"
    /// Its dated changes (``MandateModel/BodyChange``) differ: a later step of a transition planned otherwise.
    case scheduleChanged = "schedule-changed"
    case cadenceChanged = "cadence-changed"
    case lapsesChanged = "lapses-changed"
    case countChanged = "count-changed"
    case reviewChanged = "review-changed"
    case aliasesChanged = "aliases-changed"
    case formerNamesChanged = "former-names-changed"
    /// Text only: the source sentence or the note; listed last.
    case sourceChanged = "source-changed"
    case noteChanged = "note-changed"

    /// The kind of the same change seen from the other side: added and removed swap, as do merged and split.
    public var mirrored: ChangeKind {
        switch self {
        case .merged: .split
        case .split: .merged
        case .added: .removed
        case .removed: .added
        case .started: .ended
        case .ended: .started
        case .memberAdded: .memberRemoved
        case .memberRemoved: .memberAdded
        default: self
        }
    }

    /// The mark a plan shows in front of the change.
    public var symbol: String {
        switch self {
        case .merged: "⊕"
        case .split: "⊘"
        case .added, .started, .memberAdded: "+"
        case .removed, .ended, .memberRemoved: "-"
        case .moved: "→"
        default: "~"
        }
    }

    public static func < (lhs: ChangeKind, rhs: ChangeKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

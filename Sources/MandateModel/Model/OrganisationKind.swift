/// What sort of organisation an ``Organisation`` is.
public enum OrganisationKind: String, Hashable, Sendable, CaseIterable {
    case region
    case municipality
    case state
    case practice
    case association
    case other
}

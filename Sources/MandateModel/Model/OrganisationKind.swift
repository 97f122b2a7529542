/// What sort of organisation an ``Organisation`` is.
public enum OrganisationKind: String, ModelChoice {
    case region
    case municipality
    case state
    case practice
    case association
    case other

    /// Danish words for the kinds.
    public static let localWords: [String: OrganisationKind] = [
        "kommune": .municipality, "stat": .state, "staten": .state, "praksis": .practice, "almen praksis": .practice,
        "forening": .association, "organisation": .association, "andet": .other, "anden": .other,
    ]
}

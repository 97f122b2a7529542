/// What sort of body a ``Body`` is; diagrams draw each kind with its own shape and colour.
public enum BodyKind: String, ModelChoice {
    case political
    case executive
    case steeringGroup = "steering-group"
    case forum
    case committee
    case council
    case workingGroup = "working-group"
    case cluster
    case alliance

    /// Danish words for the kinds.
    public static let localWords: [String: BodyKind] = [
        "politisk": .political, "direktion": .executive, "ledelse": .executive, "styregruppe": .steeringGroup,
        "udvalg": .committee, "komité": .committee, "råd": .council, "arbejdsgruppe": .workingGroup,
        "klynge": .cluster, "sundhedsklynge": .cluster, "alliance": .alliance, "samarbejde": .alliance,
    ]
}

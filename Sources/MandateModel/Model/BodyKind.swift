/// What sort of body a ``Body`` is; diagrams draw each kind with its own shape and colour.
public enum BodyKind: String, Hashable, Sendable, CaseIterable {
    case political
    case executive
    case steeringGroup = "steering-group"
    case forum
    case committee
    case council
    case workingGroup = "working-group"
    case cluster
    case alliance
}

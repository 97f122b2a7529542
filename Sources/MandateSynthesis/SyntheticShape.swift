/// How much each body of a synthetic model says.
public enum SyntheticShape: String, Sendable, CaseIterable {
    /// Every body with a name, kind, organisation, reporting line, chair, two members, a secretariat, a
    /// cadence and a source sentence: about 370 bytes of YAML each.
    case typical
    /// Every body with a short name, kind, reporting line, chair, secretariat and two members, and nothing
    /// else: about 130 bytes each, so that reading is a smaller share of the work.
    case dense
    /// Typical bodies, every tenth of them a joint body answering to three earlier bodies.
    case joint
}

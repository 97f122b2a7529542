/// Why a set of rules cannot be registered.
public enum RuleRegistryError: Error, Equatable, CustomStringConvertible {
    /// Two rules have one identifier; a configuration could not tell them apart.
    case identifierTaken(String)

    public var description: String {
        switch self {
        case .identifierTaken(let id): "a rule is already called '\(id)'; give the rule an identifier of its own"
        }
    }
}

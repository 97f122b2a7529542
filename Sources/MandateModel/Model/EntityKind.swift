/// The four kinds of element a model declares, each in its own section of the model file.
package enum EntityKind: String, Hashable, Sendable, CaseIterable {
    case organisation
    case unit
    case role
    case body

    /// The model file section that declares elements of this kind.
    public var section: String {
        switch self {
        case .organisation: "organisations"
        case .unit: "units"
        case .role: "roles"
        case .body: "bodies"
        }
    }
}

/// What a "did you mean" hint says to write, as an edit an editor can apply.
extension LoadError {
    /// The text written at the error's place and the text its hint suggests instead; `nil` for an error whose hint
    /// suggests no single word.
    package var replacement: (written: String, instead: String)? {
        switch self {
        case .unknownKey(let key, _, let suggestion?, _): (key, suggestion)
        case .invalidChoice(_, let text, _, let suggestion?): (text, suggestion)
        case .danglingReference(let id, _, _, let suggestion?, _): (id, suggestion)
        case .unknownModel(let reference, let model, let suggestion?): (reference, suggestion + reference.dropFirst(model.count))
        case .csvUnknownColumn(let name, let suggestion?, _): (name, suggestion)
        default: nil
        }
    }
}

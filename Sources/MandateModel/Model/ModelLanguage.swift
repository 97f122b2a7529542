/// The language a model's diagrams and reports are written in (`language:` in the model file).
public enum ModelLanguage: String, ModelChoice {
    /// Danish.
    case da
    /// English.
    case en

    public static let localWords: [String: ModelLanguage] = ["dansk": .da, "danish": .da, "engelsk": .en, "english": .en]
}

import MandateDiff
import MandateModel

/// The words of a change's sentence in one language. One table per language (`ChangeWords+English.swift`,
/// `ChangeWords+Danish.swift`); ``ChangeSentence`` puts the model's names into them.
package struct ChangeWords: Sendable {
    package let model: ModelWords
    /// "'A' and 'B' merged into 'C'": the bodies merged, and the one they became.
    package let merged: @Sendable (String, String) -> String
    /// "'A' split into 'B' and 'C'".
    package let split: @Sendable (String, String) -> String
    /// "'A' added (council)": the body and its kind.
    package let added: @Sendable (String, String) -> String
    package let removed: @Sendable (String, String) -> String
    /// "'A' starts: valid …": the body, and its validity.
    package let starts: @Sendable (String, String) -> String
    package let ends: @Sendable (String, String) -> String
    /// "renamed: 'A' → 'B'".
    package let renamed: @Sendable (String) -> String
    /// What changed, for the sentences "'A' reports to: 'B' → 'C'": every kind told as a key and its old and new values.
    package let label: @Sendable (ChangeKind) -> String
    /// "'A' member: 'Role'".
    package let member: @Sendable (String, String) -> String
    /// "'A' member 'Role': ×2 → ×3": body, role, old and new count.
    package let recounted: @Sendable (String, String, String, String) -> String
    /// "'A' seat of 'Role': member → vice-chair".
    package let seat: @Sendable (String, String, String, String) -> String
    /// "'Role' chairing 'A': held by X → Y".
    package let holder: @Sendable (String, String, String, String) -> String
    /// "'A' stands for: 1 → 5 bodies".
    package let standsFor: @Sendable (String, String, String) -> String
    /// "declared root", "outside the structure", "joint body".
    package let standing: @Sendable (String) -> String
    /// The ordinary seat of a member.
    package let ordinaryMember: String
    package let yes: String
    package let no: String
    package let noOneNamed: String
    package let noNumber: String
    /// The word for a body whose kind is unknown.
    package let body: String
    /// "(under 'A')": how a namesake is told apart by its parent.
    package let under: @Sendable (String) -> String

    /// The words of `language`.
    package static func of(_ language: ModelLanguage) -> ChangeWords {
        switch language {
        case .en: english
        case .da: danish
        }
    }
}

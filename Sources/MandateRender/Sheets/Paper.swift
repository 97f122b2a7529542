/// The paper a diagram's sheets are planned for.
public enum Paper: String, Sendable, CaseIterable {
    case a4
    case a3
    case letter
    /// No paper: one sheet at the drawing's natural size.
    case none

    /// Width and height in points, portrait; `nil` for ``none``.
    package var portraitSize: PageSize? {
        switch self {
        case .a4: PageSize(width: 595.28, height: 841.89)
        case .a3: PageSize(width: 841.89, height: 1190.55)
        case .letter: PageSize(width: 612, height: 792)
        case .none: nil
        }
    }
}

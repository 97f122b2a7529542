/// Which way up a sheet's paper is.
public enum Orientation: String, Sendable, CaseIterable {
    /// Each sheet on whichever way its drawing fits best.
    case auto
    case portrait
    case landscape
}

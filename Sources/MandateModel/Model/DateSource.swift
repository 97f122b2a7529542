/// Where the date of evaluation came from, so reports can say why that date was used.
public enum DateSource: String, Hashable, Sendable {
    /// Given on the command line (`--at`) or by the caller.
    case given
    /// The model's own `date`.
    case model
    /// Today's date, since neither was given.
    case today
}

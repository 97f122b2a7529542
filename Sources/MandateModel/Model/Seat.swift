/// The titled seats a member holds besides an ordinary one; the chair and co-chairs are named on the body.
public enum Seat: String, ModelChoice {
    case viceChair = "vice-chair"
    case rankingMember = "ranking-member"
    case exOfficio = "ex-officio"
    case observer
    case secretary
    case deputy

    /// Danish words for the seats.
    public static let localWords: [String: Seat] = [
        "næstformand": .viceChair, "næstforperson": .viceChair, "ordfører": .rankingMember, "født medlem": .exOfficio,
        "observatør": .observer, "sekretær": .secretary, "suppleant": .deputy, "stedfortræder": .deputy,
    ]
}

import MandateAnalysis
import MandateModel

/// The words of the analyses (`seats`, `overlap`, `impact`, and their sections of the report) in one language;
/// one table per language (`AnalysisWords+English.swift`, `AnalysisWords+Danish.swift`).
package struct AnalysisWords: Sendable {
    package let model: ModelWords
    /// "Who sits where on 2027-01-01".
    package let seatsTitle: @Sendable (Day) -> String
    /// The columns of the seats table: role, holder, seats, meetings a year, ad hoc.
    package let seatColumns: [String]
    /// "chair", "co-chair", "member".
    package let seatKind: @Sendable (SeatHeld.Kind) -> String
    /// "2 bodies with seats have no cadence that gives a number of meetings (none, ad hoc or free text); they count 0".
    package let withoutCadence: @Sendable (Int) -> String
    /// "No role sits in a body alive on the date."
    package let noSeats: String
    /// "Bodies with nearly the same members (at least 50 %)".
    package let overlapTitle: @Sendable (Int) -> String
    /// "None of the 12 bodies with two or more members shares at least 50 % of its members with another."
    package let noOverlap: @Sendable (Int, Int) -> String
    /// The columns of the overlap table: bodies, similarity, shared members, nearest common parent.
    package let overlapColumns: [String]
    /// "none" where two bodies' lines never meet.
    package let noParent: String
    /// "Cut off by the change: no longer reaching a root".
    package let cutOffTitle: String
    package let noneCutOff: String

    /// The table of `language`.
    package static func of(_ language: ModelLanguage) -> AnalysisWords {
        switch language {
        case .en: .english
        case .da: .danish
        }
    }

    /// A seat as a reader says it: "chair", or "member (vice-chair, 'Næstformand')".
    package func seat(_ seat: SeatHeld) -> String {
        let detail = [seat.seat.map(model.seat), seat.title.map { "'\($0)'" }].compactMap { $0 }
        return seatKind(seat.kind) + (detail.isEmpty ? "" : " (\(detail.joined(separator: ", ")))")
    }

    /// A Jaccard similarity as a percentage: "67 %".
    package static func percent(_ value: Double) -> String {
        "\(Int((value * 100).rounded())) %"
    }
}

extension AnalysisWords {
    /// English.
    package static let english = AnalysisWords(
        model: .english,
        seatsTitle: { "Who sits where on \($0)" },
        seatColumns: ["role", "holder", "seats", "meetings a year", "ad hoc"],
        seatKind: { kind in
            switch kind {
            case .chair: "chair"
            case .coChair: "co-chair"
            case .member: "member"
            }
        },
        withoutCadence: { count in
            "\(count) \(count == 1 ? "body" : "bodies") with seats \(count == 1 ? "has" : "have") no cadence that gives a number of meetings (none, ad hoc or free text); they count 0"
        },
        noSeats: "No role sits in a body alive on the date.",
        overlapTitle: { "Bodies with nearly the same members (at least \($0) %)" },
        noOverlap: { comparable, minimum in
            comparable < 2
                ? "Fewer than two bodies alive on the date have two or more members recorded, so there is nothing to compare."
                : "None of the \(comparable) bodies with two or more members shares at least \(minimum) % of its members with another."
        },
        overlapColumns: ["bodies", "similarity", "shared members", "nearest common parent"],
        noParent: "none",
        cutOffTitle: "Cut off by the change: no longer reaching a root",
        noneCutOff: "No body is cut off by the change."
    )
}

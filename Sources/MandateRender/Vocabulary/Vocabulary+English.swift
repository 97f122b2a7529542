import MandateModel

extension Vocabulary {
    /// English.
    public static let english = Vocabulary(
        model: .english,
        chair: "chair", coChairs: "co-chairs", viceChair: "vice-chair", secretariat: "secretariat", adHoc: "ad hoc",
        notActive: { "not active on \($0)" },
        legend: "Legend", outside: "dashed outline: outside the structure", greyInactive: { "grey: not active on \($0)" },
        relation: { $0.rawValue },
        mark: { $0.rawValue },
        alsoSetUpBy: "also set up by",
        edgeLabel: { relation in
            switch relation {
            case .reportsTo, .secretariat: nil
            case .establishedBy: "set up by"
            case .anchoredIn: "anchored in"
            case .commissionedBy: "commissions"
            case .escalatesTo: "escalates"
            case .counterpart: "counterpart"
            case .successor: "continued by"
            case .became: "became"
            }
        },
        was: { "was: \($0)" },
        sheetOf: { "sheet \($0) of \($1)" }, at: { "at \($0)" }, changesSince: { "changes since \($0) marked" },
        below: { $0 == 1 ? "1 body below" : "\($0) bodies below" },
        sheets: { list($0, one: "sheet", many: "sheets") },
        fromSheet: { "↑ from sheet \($0)" }, continuedFrom: { "continued from sheet \($0)" }, continuesOn: { "continues on sheet \($0)" },
        alsoReportsHere: { "also reports here → sheet \($0)" }, alsoReportsTo: { "also reports to \($0) → sheet \($1)" },
        always: "always")
}

import MandateModel

extension Vocabulary {
    /// Danish: the words of the terms of reference themselves (formand, sekretariat, nedsat af, refererer til).
    public static let danish = Vocabulary(
        model: .danish,
        chair: "formand", coChairs: "medformænd", viceChair: "næstformand", secretariat: "sekretariat", adHoc: "ad hoc",
        notActive: { "ikke aktiv pr. \($0)" },
        legend: "Signaturforklaring", outside: "stiplet kant: uden for strukturen", greyInactive: { "grå: ikke aktiv pr. \($0)" },
        relation: { relation in
            switch relation {
            case .reportsTo: "refererer til"
            case .establishedBy: "nedsat af"
            case .anchoredIn: "forankret i"
            case .secretariat: "sekretariat"
            case .commissionedBy: "kan give opgaver"
            case .escalatesTo: "eskalerer til"
            case .counterpart: "modpart"
            case .successor: "videreføres af"
            case .became: "blev til"
            }
        },
        mark: { mark in
            switch mark {
            case .added: "tilføjet"
            case .removed: "fjernet"
            case .changed: "ændret"
            }
        },
        alsoSetUpBy: "også nedsat af",
        edgeLabel: { relation in
            switch relation {
            case .reportsTo, .secretariat: nil
            case .establishedBy: "nedsat af"
            case .anchoredIn: "forankret i"
            case .commissionedBy: "giver opgaver"
            case .escalatesTo: "eskalerer"
            case .counterpart: "modpart"
            case .successor: "videreføres af"
            case .became: "blev til"
            }
        },
        was: { "før: \($0)" },
        sheetOf: { "ark \($0) af \($1)" }, at: { "pr. \($0)" }, changesSince: { "ændringer siden \($0) markeret" },
        below: { $0 == 1 ? "1 organ under" : "\($0) organer under" },
        sheets: { list($0, one: "ark", many: "ark") },
        fromSheet: { "↑ fra ark \($0)" }, continuedFrom: { "fortsat fra ark \($0)" }, continuesOn: { "fortsætter på ark \($0)" },
        alsoReportsHere: { "refererer også hertil → ark \($0)" }, alsoReportsTo: { "refererer også til \($0) → ark \($1)" },
        always: "altid")
}

import MandateDiff
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
        report: "Rapport", findings: "Fund", noFindings: "Ingen fund.", bodies: "Organer", search: "Søg efter navn",
        diagram: "Diagram", kindHeading: "type", members: "medlemmer", setUpBy: "nedsat af", reportsTo: "refererer til",
        validity: "gyldig", always: "altid", source: "kilde",
        cardRelation: { relation in
            switch relation {
            case .reportsTo: "refererer til"
            case .establishedBy: "nedsat af"
            case .anchoredIn: "forankret i"
            case .secretariat: "sekretariat"
            case .commissionedBy: "kan få opgaver fra"
            case .escalatesTo: "eskalerer til"
            case .counterpart: "modparter"
            case .successor: "videreføres af"
            case .became: "blev til"
            }
        },
        organisation: "organisation", cadence: "mødefrekvens", review: "revideres senest",
        severity: { severity in
            switch severity {
            case "error": "fejl"
            case "warning": "advarsel"
            default: "info"
            }
        },
        checkedAt: { "kontrolleret pr. \($0)" }, changes: "Ændringer", changeKind: { danishChangeKind($0) }, introduced: "Fund, som ændringen giver",
        resolved: "Fund, som ændringen løser", couldNotBeUsed: "Kunne ikke bruges",
        summary: "Overblik", summaryColumns: ["model", "fejl", "advarsler", "info", "organer"], total: "i alt",
        reportOf: { titles in
            titles.count <= 3 ? "Rapport: " + ModelWords.danish.list(titles) : "Rapport: \(titles[0]) og \(titles.count - 1) andre modeller"
        },
        throughTime: "Gennem tiden",
        changesOn: { $0.count == 1 ? "Strukturen ændres på 1 dato: \($0[0])." : "Strukturen ændres på \($0.count) datoer: \($0.map(\.description).joined(separator: ", "))." },
        span: { period in
            switch (period.from, period.until) {
            case (nil, nil): "hele tiden"
            case (let from?, nil): "fra \(from)"
            case (nil, let until?): "til og med \(until)"
            case (let from?, let until?): from == until ? "\(from)" : "\(from) – \(until)"
            }
        },
        gapsInContinuity: "Brud i kontinuiteten")

    /// Headings of groups of changes, in Danish: every kind has one.
    private static func danishChangeKind(_ kind: ChangeKind) -> String {
        switch kind {
        case .merged: "lagt sammen"
        case .split: "delt"
        case .added: "tilføjet"
        case .removed: "fjernet"
        case .started: "begyndt"
        case .ended: "ophørt"
        case .identifierChanged: "nyt id"
        case .renamed: "omdøbt"
        case .moved: "flyttet"
        case .establishedByChanged: "nedsat af en anden"
        case .anchoringChanged: "anden forankring"
        case .commissioningChanged: "andre kan give opgaver"
        case .escalationChanged: "eskalerer et andet sted hen"
        case .counterpartChanged: "andre modparter"
        case .successorChanged: "anden efterfølger"
        case .chairChanged: "ny formand"
        case .secretariatChanged: "nyt sekretariat"
        case .memberAdded: "medlem tilføjet"
        case .memberRemoved: "medlem fjernet"
        case .memberRecounted: "antal pladser ændret"
        case .seatChanged: "plads ændret"
        case .holderChanged: "ny indehaver"
        case .adHocChanged: "ad hoc-deltagere ændret"
        case .kindChanged: "anden type"
        case .rootChanged: "rod ændret"
        case .organisationChanged: "anden organisation"
        case .validityChanged: "gyldighed ændret"
        case .scheduleChanged: "datoændringer ændret"
        case .cadenceChanged: "mødefrekvens ændret"
        case .lapsesChanged: "ophør uden efterfølger ændret"
        case .countChanged: "antal organer ændret"
        case .reviewChanged: "revisionsdato ændret"
        case .aliasesChanged: "andre navne ændret"
        case .formerNamesChanged: "tidligere navne ændret"
        case .sourceChanged: "kilde ændret"
        case .noteChanged: "note ændret"
        }
    }
}

import MandateDiff
import MandateModel
import MandateRender

extension PageWords {
    /// Danish: the words of the report pages.
    static let danish = PageWords(
        drawing: .danish,
        report: "Rapport", findings: "Fund", noFindings: "Ingen fund.", bodies: "Organer", search: "Søg efter navn",
        diagram: "Diagram", kindHeading: "type", members: "medlemmer",
        validity: "gyldig",
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
        resolved: "Fund, som ændringen løser", couldNotBeUsed: "Kunne ikke bruges", liveFollowing: "Følger filerne, når de gemmes.", liveStale: "Det sidst gemte kan ikke indlæses: her er strukturen, som den sidst kunne indlæses.",
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
        case .fileChanged: "flyttet til en anden fil"
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

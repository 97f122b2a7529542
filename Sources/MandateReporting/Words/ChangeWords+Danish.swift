import MandateDiff
import MandateModel

extension ChangeWords {
    /// Danish.
    package static let danish = ChangeWords(
        model: .danish,
        merged: { "\($0) lagt sammen til \($1)" }, split: { "\($0) delt i \($1)" },
        added: { "\($0) tilføjet (\($1))" }, removed: { "\($0) fjernet (\($1))" },
        starts: { "\($0) begynder: gyldig \($1)" }, ends: { "\($0) ophører: gyldig \($1)" },
        renamed: { "omdøbt: \($0)" },
        label: { kind in
            switch kind {
            case .identifierChanged: "id"
            case .fileChanged: "skrevet i"
            case .moved: "refererer til"
            case .establishedByChanged: "nedsat af"
            case .anchoringChanged: "forankret i"
            case .commissioningChanged: "kan få opgaver fra"
            case .escalationChanged: "eskalerer til"
            case .counterpartChanged: "modparter"
            case .successorChanged: "efterfølger"
            case .chairChanged: "formand"
            case .secretariatChanged: "sekretariat"
            case .adHocChanged: "ad hoc"
            case .kindChanged: "type"
            case .rootChanged: "status"
            case .organisationChanged: "organisation"
            case .validityChanged, .started, .ended: "gyldig"
            case .scheduleChanged: "datoændringer"
            case .cadenceChanged: "mødefrekvens"
            case .lapsesChanged: "ophører uden efterfølger"
            case .countChanged: "står for"
            case .reviewChanged: "revision"
            case .aliasesChanged: "andre navne"
            case .formerNamesChanged: "tidligere navne"
            case .sourceChanged: "kilde"
            case .noteChanged: "note"
            case .renamed: "omdøbt"
            case .merged, .split, .added, .removed, .memberAdded, .memberRemoved, .memberRecounted, .seatChanged, .holderChanged: "medlem"
            }
        },
        member: { "\($0) medlem: \($1)" },
        recounted: { body, role, old, new in "\(body) medlem \(role): \(old) → \(new)" },
        seat: { body, role, old, new in "\(body) plads for \(role): \(old) → \(new)" },
        holder: { role, body, old, new in "\(role), formand for \(body): varetaget af \(old) → \(new)" },
        standsFor: { body, old, new in "\(body) står for: \(old) → \(new) organer" },
        standing: { word in
            switch word {
            case "root": "erklæret rod"
            case "joint": "fælles organ"
            default: "uden for strukturen"
            }
        },
        ordinaryMember: "medlem", yes: "ja", no: "nej", noOneNamed: "ingen navngivet", noNumber: "intet antal", body: "organ",
        under: { "under \($0)" })
}

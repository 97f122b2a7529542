import MandateDiff
import MandateModel

extension ChangeWords {
    /// English.
    package static let english = ChangeWords(
        model: .english,
        merged: { "\($0) merged into \($1)" }, split: { "\($0) split into \($1)" },
        added: { "\($0) added (\($1))" }, removed: { "\($0) removed (\($1))" },
        starts: { "\($0) starts: valid \($1)" }, ends: { "\($0) ends: valid \($1)" },
        renamed: { "renamed: \($0)" },
        label: { kind in
            switch kind {
            case .identifierChanged: "id"
            case .fileChanged: "declared in"
            case .moved: "reports to"
            case .establishedByChanged: "set up by"
            case .anchoringChanged: "anchored in"
            case .commissioningChanged: "commissioned by"
            case .escalationChanged: "escalates to"
            case .counterpartChanged: "counterparts"
            case .successorChanged: "successor"
            case .chairChanged: "chair"
            case .secretariatChanged: "secretariat"
            case .adHocChanged: "ad hoc"
            case .kindChanged: "kind"
            case .rootChanged: "standing"
            case .organisationChanged: "organisation"
            case .validityChanged, .started, .ended: "valid"
            case .scheduleChanged: "dated changes"
            case .cadenceChanged: "cadence"
            case .lapsesChanged: "lapses when it ends"
            case .countChanged: "stands for"
            case .reviewChanged: "review"
            case .aliasesChanged: "aliases"
            case .formerNamesChanged: "former names"
            case .sourceChanged: "source"
            case .noteChanged: "note"
            case .renamed: "renamed"
            case .merged, .split, .added, .removed, .memberAdded, .memberRemoved, .memberRecounted, .seatChanged, .holderChanged: "member"
            }
        },
        member: { "\($0) member: \($1)" },
        recounted: { body, role, old, new in "\(body) member \(role): \(old) → \(new)" },
        seat: { body, role, old, new in "\(body) seat of \(role): \(old) → \(new)" },
        holder: { role, body, old, new in "\(role) chairing \(body): held by \(old) → \(new)" },
        standsFor: { body, old, new in "\(body) stands for: \(old) → \(new) bodies" },
        standing: { word in
            switch word {
            case "root": "declared root"
            case "joint": "joint body"
            default: "outside the structure"
            }
        },
        ordinaryMember: "member", yes: "yes", no: "no", noOneNamed: "no one named", noNumber: "no number", body: "body",
        under: { "under \($0)" })
}

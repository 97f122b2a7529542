import MandateDiff
import MandateModel
import MandateRender

extension PageWords {
    /// English.
    static let english = PageWords(
        drawing: .english,
        report: "Report", findings: "Findings", noFindings: "No findings.", bodies: "Bodies", search: "Search by name",
        diagram: "Diagram", kindHeading: "kind", members: "members",
        validity: "valid",
        cardRelation: { relation in
            switch relation {
            case .reportsTo: "reports to"
            case .establishedBy: "set up by"
            case .anchoredIn: "anchored in"
            case .secretariat: "secretariat"
            case .commissionedBy: "commissioned by"
            case .escalatesTo: "escalates to"
            case .counterpart: "counterparts"
            case .successor: "continued by"
            case .became: "became"
            }
        },
        organisation: "organisation", cadence: "cadence", review: "review by", severity: { $0 },
        checkedAt: { "checked at \($0)" }, changes: "Changes", changeKind: { englishChangeKind($0) }, introduced: "Findings the change introduces",
        resolved: "Findings the change resolves", couldNotBeUsed: "Could not be used", liveFollowing: "Follows the files as they are saved.", liveStale: "The last save does not load: this is the structure as it last loaded.",
        summary: "Summary", summaryColumns: ["model", "errors", "warnings", "info", "bodies"], total: "total",
        reportOf: { titles in
            titles.count <= 3 ? "Report: " + ModelWords.english.list(titles) : "Report: \(titles[0]) and \(titles.count - 1) more models"
        },
        throughTime: "Through time",
        changesOn: { $0.count == 1 ? "The structure changes on 1 date: \($0[0])." : "The structure changes on \($0.count) dates: \($0.map(\.description).joined(separator: ", "))." },
        span: { period in
            switch (period.from, period.until) {
            case (nil, nil): "throughout"
            case (let from?, nil): "from \(from)"
            case (nil, let until?): "until \(until)"
            case (let from?, let until?): from == until ? "\(from)" : "\(from) – \(until)"
            }
        },
        gapsInContinuity: "Gaps in continuity")

    /// Headings of groups of changes, in English: words, not the ids JSON uses.
    private static func englishChangeKind(_ kind: ChangeKind) -> String {
        switch kind {
        case .merged: "Merged"
        case .split: "Split"
        case .added: "Added"
        case .removed: "Removed"
        case .started: "Started"
        case .ended: "Ended"
        case .identifierChanged: "New id"
        case .renamed: "Renamed"
        case .moved: "Moved"
        case .fileChanged: "Moved to another file"
        case .establishedByChanged: "Set up by another body"
        case .anchoringChanged: "Anchored elsewhere"
        case .commissioningChanged: "Commissioned by others"
        case .escalationChanged: "Escalates elsewhere"
        case .counterpartChanged: "Other counterparts"
        case .successorChanged: "Another successor"
        case .chairChanged: "New chair"
        case .secretariatChanged: "New secretariat"
        case .memberAdded: "Member added"
        case .memberRemoved: "Member removed"
        case .memberRecounted: "Seats recounted"
        case .seatChanged: "Seat changed"
        case .holderChanged: "New holder"
        case .adHocChanged: "Ad hoc participants changed"
        case .kindChanged: "Another kind"
        case .rootChanged: "Standing changed"
        case .organisationChanged: "Another organisation"
        case .validityChanged: "Validity changed"
        case .scheduleChanged: "Dated changes changed"
        case .cadenceChanged: "Cadence changed"
        case .lapsesChanged: "Lapsing changed"
        case .countChanged: "Number of bodies changed"
        case .reviewChanged: "Review date changed"
        case .aliasesChanged: "Aliases changed"
        case .formerNamesChanged: "Former names changed"
        case .sourceChanged: "Source changed"
        case .noteChanged: "Note changed"
        }
    }
}

import MandateDiff
import MandateModel

/// A change as a line of a plan: its mark, the body, and what changed from what to what, with names
/// rather than ids.
struct ChangeSentence {
    let report: DiffReport

    /// The mark and the sentence, such as `→ 'Arbejdsgruppe' reports to: 'Integrationsforum' → 'Driftsmødet'`.
    func line(_ change: Change) -> (symbol: String, text: String) {
        let body = quoted(report.name(of: change.body))
        let text: String = switch change.kind {
        case .merged: "\(list(change.bodies.map { quoted(beforeName($0)) })) merged into \(body)"
        case .split: "\(quoted(beforeName(change.body))) split into \(list(change.bodies.map { quoted(report.name(of: $0)) }))"
        case .added: "\(body) added (\(report.after.body(change.body).map(report.after.kindName(of:)) ?? "body"))"
        case .removed: "\(quoted(beforeName(change.body))) removed"
        case .identifierChanged: "\(body) id: \(arrow(change.old, change.new))"
        case .renamed: "renamed: \(arrow(change.old.map(quoted), change.new.map(quoted)))"
        case .moved: "\(body) reports to: \(arrow(change.old.map(bodyName), change.new.map(bodyName)))"
        case .establishedByChanged: "\(body) set up by: \(arrow(change.old.map(bodyName), change.new.map(bodyName)))"
        case .anchoringChanged: "\(body) anchored in: \(arrow(change.old.map(bodyName), change.new.map(bodyName)))"
        case .chairChanged: "\(body) chair: \(arrow(change.old.map(roleTitle), change.new.map(roleTitle)))"
        case .secretariatChanged: "\(body) secretariat: \(arrow(change.old.map(entityName), change.new.map(entityName)))"
        case .memberAdded: "\(body) member: \(member(change.new))"
        case .memberRemoved: "\(body) member: \(member(change.old))"
        case .memberRecounted: "\(body) member \(roleTitle(change.new.first ?? "")): \(count(change.old)) → \(count(change.new))"
        case .seatChanged:
            "\(body) seat of \(roleTitle(change.new.first ?? "")): \(seat(change.old.dropFirst())) → \(seat(change.new.dropFirst()))"
        case .holderChanged:
            "\(change.new.first.map(roleTitle) ?? "") chairing \(body): held by \(holder(change.old)) → \(holder(change.new))"
        case .adHocChanged: "\(body) ad hoc: \(arrow(change.old.map(entityName), change.new.map(entityName)))"
        case .kindChanged, .cadenceChanged:
            "\(body) \(change.kind == .kindChanged ? "kind" : "cadence"): \(arrow(change.old, change.new))"
        case .rootChanged: "\(body) standing: \(arrow(change.old.map(standing), change.new.map(standing)))"
        case .organisationChanged: "\(body) organisation: \(arrow(change.old.map(organisationName), change.new.map(organisationName)))"
        case .validityChanged: "\(body) valid: \(arrow(change.old, change.new))"
        }
        return (change.kind.symbol, text)
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }
    private func standing(_ word: String) -> String {
        switch word {
        case "root": "declared root"
        case "joint": "joint body"
        default: "outside the structure"
        }
    }
    private func seat(_ values: ArraySlice<String>) -> String {
        values.map { Seat(rawValue: $0)?.label ?? $0 }.joined(separator: ", ")
    }
    private func holder(_ values: [String]) -> String { values.count > 1 ? values[1] : "no one named" }
    private func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
    private func arrow(_ old: [String], _ new: [String]) -> String {
        "\(old.isEmpty ? "none" : old.joined(separator: ", ")) → \(new.isEmpty ? "none" : new.joined(separator: ", "))"
    }
    private func beforeName(_ id: BodyID) -> String { report.before.body(id)?.name ?? report.name(of: id) }
    private func bodyName(_ id: String) -> String { quoted(report.name(of: BodyID(id))) }
    private func roleTitle(_ id: String) -> String {
        quoted(report.after.role(RoleID(id))?.title ?? report.before.role(RoleID(id))?.title ?? id)
    }
    private func organisationName(_ id: String) -> String {
        quoted(report.after.organisation(OrganisationID(id))?.name ?? report.before.organisation(OrganisationID(id))?.name ?? id)
    }
    private func entityName(_ id: String) -> String {
        for model in [report.after, report.before] {
            if let body = model.body(BodyID(id)) { return quoted(body.name) }
            if let role = model.role(RoleID(id)) { return quoted(role.title) }
            if let unit = model.unit(UnitID(id)) { return quoted(unit.short ?? unit.name) }
            if let organisation = model.organisation(OrganisationID(id)) { return quoted(organisation.name) }
        }
        return quoted(id)
    }
    private func member(_ values: [String]) -> String {
        roleTitle(values.first ?? "") + (values.count > 1 ? " ×\(values[1])" : "")
    }
    private func count(_ values: [String]) -> String { values.count > 1 ? "×\(values[1])" : "no number" }
}

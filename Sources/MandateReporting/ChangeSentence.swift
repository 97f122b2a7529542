import MandateDiff
import MandateModel

/// A change as a line of a plan: its mark, the body, and what changed from what to what, with names
/// rather than ids. Each side is told in its own words: old values by the before model's names and titles,
/// new values by the after model's; a name that several bodies of a model carry is told apart by its parent.
package struct ChangeSentence {
    let report: DiffReport
    /// How many bodies of each model carry each name, counted once: most names are unique and need no parent.
    private let nameCounts: (before: [String: Int], after: [String: Int])

    package init(report: DiffReport) {
        self.report = report
        func counts(_ model: Model) -> [String: Int] { model.bodies.reduce(into: [:]) { $0[$1.name, default: 0] += 1 } }
        nameCounts = (counts(report.before), counts(report.after))
    }

    /// The mark and the sentence, such as `→ 'Arbejdsgruppe' reports to: 'Integrationsforum' → 'Driftsmødet'`.
    package func line(_ change: Change) -> (symbol: String, text: String) {
        let body = afterBody(change.body)
        let before = report.before, after = report.after
        let text: String = switch change.kind {
        case .merged: "\(list(change.bodies.map(beforeBody))) merged into \(body)"
        case .split: "\(beforeBody(change.body)) split into \(list(change.bodies.map(afterBody)))"
        case .added: "\(body) added (\(after.body(change.body).map(after.kindName(of:)) ?? "body"))"
        case .removed: "\(beforeBody(change.body)) removed (\(before.body(change.body).map(before.kindName(of:)) ?? "body"))"
        case .started, .ended:
            "\(body) \(change.kind == .started ? "starts" : "ends"): valid "
                + (change.old == change.new ? change.new.joined() : arrow(change.old, change.new))
        case .identifierChanged: "\(body) id: \(arrow(change.old, change.new))"
        case .renamed: "renamed: \(arrow(change.old.map(quoted), change.new.map(quoted)))"
        case .moved: "\(body) reports to: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .establishedByChanged: "\(body) set up by: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .anchoringChanged: "\(body) anchored in: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .commissioningChanged: "\(body) commissioned by: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .escalationChanged: "\(body) escalates to: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .counterpartChanged: "\(body) counterparts: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .successorChanged: "\(body) successor: \(arrow(change.old.map(beforeBodyID), change.new.map(afterBodyID)))"
        case .lapsesChanged: "\(body) lapses when it ends: \(yesNo(change.old)) → \(yesNo(change.new))"
        case .countChanged: "\(body) stands for: \(change.old.first ?? "1") → \(change.new.first ?? "1") bodies"
        case .reviewChanged: "\(body) review: \(arrow(change.old, change.new))"
        case .aliasesChanged: "\(body) aliases: \(arrow(change.old.map(quoted), change.new.map(quoted)))"
        case .formerNamesChanged: "\(body) former names: \(arrow(change.old.map(quoted), change.new.map(quoted)))"
        case .sourceChanged: "\(body) source: \(arrow(change.old.map(quoted), change.new.map(quoted)))"
        case .noteChanged: "\(body) note: \(arrow(change.old.map(quoted), change.new.map(quoted)))"
        case .chairChanged: "\(body) chair: \(arrow(change.old.map { title($0, in: before) }, change.new.map { title($0, in: after) }))"
        case .secretariatChanged:
            "\(body) secretariat: \(arrow(change.old.map { entityName($0, after: false) }, change.new.map { entityName($0, after: true) }))"
        case .memberAdded: "\(body) member: \(member(change.new, in: after))"
        case .memberRemoved: "\(body) member: \(member(change.old, in: before))"
        case .memberRecounted: "\(body) member \(title(change.new.first ?? "", in: after)): \(count(change.old)) → \(count(change.new))"
        case .seatChanged:
            "\(body) seat of \(title(change.new.first ?? "", in: after)): \(seat(change.old.dropFirst())) → \(seat(change.new.dropFirst()))"
        case .holderChanged:
            "\(change.new.first.map { title($0, in: after) } ?? "") chairing \(body): held by \(holder(change.old)) → \(holder(change.new))"
        case .adHocChanged:
            "\(body) ad hoc: \(arrow(change.old.map { entityName($0, after: false) }, change.new.map { entityName($0, after: true) }))"
        case .kindChanged, .cadenceChanged:
            "\(body) \(change.kind == .kindChanged ? "kind" : "cadence"): \(arrow(change.old, change.new))"
        case .rootChanged: "\(body) standing: \(arrow(change.old.map(standing), change.new.map(standing)))"
        case .organisationChanged:
            "\(body) organisation: \(arrow(change.old.map { organisationName($0, in: before) }, change.new.map { organisationName($0, in: after) }))"
        case .validityChanged: "\(body) valid: \(arrow(change.old, change.new))"
        case .scheduleChanged:
            "\(body) dated changes: \(change.old.isEmpty ? "none" : change.old.joined(separator: "; ")) → \(change.new.isEmpty ? "none" : change.new.joined(separator: "; "))"
        }
        return (change.kind.symbol, text)
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }
    private func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
    private func arrow(_ old: [String], _ new: [String]) -> String {
        "\(old.isEmpty ? "none" : old.joined(separator: ", ")) → \(new.isEmpty ? "none" : new.joined(separator: ", "))"
    }

    /// A body of the after model (or, if gone, of the before model), told apart by its parent where its name repeats.
    private func afterBody(_ id: BodyID) -> String {
        name(id, after: report.after.body(id) != nil)
    }
    private func beforeBody(_ id: BodyID) -> String {
        name(id, after: report.before.body(id) == nil)
    }
    private func beforeBodyID(_ id: String) -> String { beforeBody(BodyID(id)) }
    private func afterBodyID(_ id: String) -> String { afterBody(BodyID(id)) }

    /// `'Tilsynsgruppen'`, or `'Tilsynsgruppen' (under 'Økonomiudvalget')` where another body of the model has the name.
    private func name(_ id: BodyID, after isAfter: Bool) -> String {
        let model = isAfter ? report.after : report.before
        guard let body = model.body(id) else { return quoted(id.rawValue) }
        guard (isAfter ? nameCounts.after : nameCounts.before)[body.name, default: 0] > 1 else { return quoted(body.name) }
        let namesakes = model.bodies.filter { $0.id != id && $0.name == body.name }
        let parents = body.reportsTo.compactMap { model.body($0.value)?.name }.map(quoted)
        // The parent tells them apart where no namesake shares it; else the id does.
        let parentTells = !parents.isEmpty && !namesakes.contains { Set($0.reportsTo.map(\.value)) == Set(body.reportsTo.map(\.value)) }
        return quoted(body.name) + (parentTells ? " (under \(list(parents)))" : parents.isEmpty ? " (\(id))" : " (\(id), under \(list(parents)))")
    }

    private func title(_ id: String, in model: Model) -> String { quoted(model.role(RoleID(id))?.title ?? id) }
    private func organisationName(_ id: String, in model: Model) -> String {
        quoted(model.organisation(OrganisationID(id))?.name ?? id)
    }
    private func entityName(_ id: String, after isAfter: Bool) -> String {
        let model = isAfter ? report.after : report.before
        if model.body(BodyID(id)) != nil { return name(BodyID(id), after: isAfter) }
        if let role = model.role(RoleID(id)) { return quoted(role.title) }
        if let unit = model.unit(UnitID(id)) { return quoted(unit.short ?? unit.name) }
        if let organisation = model.organisation(OrganisationID(id)) { return quoted(organisation.name) }
        return quoted(id)
    }
    private func standing(_ word: String) -> String {
        switch word {
        case "root": "declared root"
        case "joint": "joint body"
        default: "outside the structure"
        }
    }
    private func member(_ values: [String], in model: Model) -> String {
        title(values.first ?? "", in: model) + (values.count > 1 ? " ×\(values[1])" : "")
    }
    private func seat(_ values: ArraySlice<String>) -> String {
        values.map { Seat(rawValue: $0).map(ModelWords.english.seat) ?? $0 }.joined(separator: ", ")
    }
    private func yesNo(_ values: [String]) -> String { values.first == "true" ? "yes" : "no" }
    private func holder(_ values: [String]) -> String { values.count > 1 ? values[1] : "no one named" }
    private func count(_ values: [String]) -> String { values.count > 1 ? "×\(values[1])" : "no number" }
}

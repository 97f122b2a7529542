import MandateDiff
import MandateModel

/// A change as a line of a plan: its mark, the body, and what changed from what to what, with names
/// rather than ids, in the words of one language. Each side is told in its own words: old values by the
/// before model's names and titles, new values by the after model's; a name that several bodies of a model
/// carry is told apart by its parent.
package struct ChangeSentence {
    let report: DiffReport
    let words: ChangeWords
    /// How many bodies of each model carry each name, counted once: most names are unique and need no parent.
    private let nameCounts: (before: [String: Int], after: [String: Int])

    package init(report: DiffReport, language: ModelLanguage = .en) {
        self.report = report
        words = ChangeWords.of(language)
        func counts(_ model: Model) -> [String: Int] { model.bodies.reduce(into: [:]) { $0[$1.name, default: 0] += 1 } }
        nameCounts = (counts(report.before), counts(report.after))
    }

    /// The mark and the sentence, such as `→ 'Arbejdsgruppe' reports to: 'Integrationsforum' → 'Driftsmødet'`.
    package func line(_ change: Change) -> (symbol: String, text: String) {
        let body = afterBody(change.body)
        let before = report.before, after = report.after
        let old = change.old, new = change.new
        func keyed(_ was: [String], _ now: [String]) -> String { "\(body) \(words.label(change.kind)): \(arrow(was, now))" }
        let bodies = { (was: [String], now: [String]) in keyed(was.map(self.beforeBodyID), now.map(self.afterBodyID)) }
        let text: String = switch change.kind {
        case .merged: words.merged(words.model.list(change.bodies.map(beforeBody)), body)
        case .split: words.split(beforeBody(change.body), words.model.list(change.bodies.map(afterBody)))
        case .added: words.added(body, after.body(change.body).map { kindName($0, in: after) } ?? words.body)
        case .removed: words.removed(beforeBody(change.body), before.body(change.body).map { kindName($0, in: before) } ?? words.body)
        case .started, .ended:
            (change.kind == .started ? words.starts : words.ends)(body, old == new ? validity(change, after: true)
                                                                    : "\(validity(change, after: false)) → \(validity(change, after: true))")
        case .validityChanged: "\(body) \(words.label(change.kind)): \(validity(change, after: false)) → \(validity(change, after: true))"
        case .renamed: words.renamed(arrow(old.map(quoted), new.map(quoted)))
        case .moved, .establishedByChanged, .anchoringChanged, .commissioningChanged, .escalationChanged, .counterpartChanged,
             .successorChanged: bodies(old, new)
        case .identifierChanged, .fileChanged, .reviewChanged: keyed(old, new)
        case .cadenceChanged: keyed(old.map(words.model.cadence), new.map(words.model.cadence))
        case .scheduleChanged: "\(body) \(words.label(change.kind)): \(schedule(change, after: false)) → \(schedule(change, after: true))"
        case .chairChanged: keyed(old.map { title($0, in: before) }, new.map { title($0, in: after) })
        case .secretariatChanged, .adHocChanged: keyed(old.map { entityName($0, after: false) }, new.map { entityName($0, after: true) })
        case .memberAdded: words.member(body, member(new, in: after))
        case .memberRemoved: words.member(body, member(old, in: before))
        case .memberRecounted: words.recounted(body, title(new.first ?? "", in: after), count(old), count(new))
        case .seatChanged: words.seat(body, title(new.first ?? "", in: after), seat(old.dropFirst()), seat(new.dropFirst()))
        case .holderChanged: words.holder(new.first.map { title($0, in: after) } ?? "", body, holder(old), holder(new))
        case .kindChanged: keyed(old.map(kindWord), new.map(kindWord))
        case .rootChanged: keyed(old.map(words.standing), new.map(words.standing))
        case .organisationChanged: keyed(old.map { organisationName($0, in: before) }, new.map { organisationName($0, in: after) })
        case .lapsesChanged: "\(body) \(words.label(change.kind)): \(yesNo(old)) → \(yesNo(new))"
        case .countChanged: words.standsFor(body, old.first ?? "1", new.first ?? "1")
        case .aliasesChanged, .sourceChanged, .noteChanged: keyed(old.map(quoted), new.map(quoted))
        case .formerNamesChanged: keyed(formerNames(change, after: false), formerNames(change, after: true))
        }
        return (change.kind.symbol, text)
    }

    private func quoted(_ text: String) -> String { "'\(text)'" }
    private func arrow(_ old: [String], _ new: [String]) -> String {
        "\(old.isEmpty ? words.model.none : old.joined(separator: ", ")) → \(new.isEmpty ? words.model.none : new.joined(separator: ", "))"
    }
    /// The former names of the body of a change, on one side: "'Fritidsudvalget' (until 1979-12-31)".
    private func formerNames(_ change: Change, after isAfter: Bool) -> [String] {
        let id = isAfter ? change.body : report.match.beforeOf[change.body] ?? change.body
        return ((isAfter ? report.after : report.before).body(id)?.formerNames ?? []).map { former in
            quoted(former.name) + (former.until.flatMap { words.model.period(Period(from: nil, until: $0)) }.map { " (\($0))" } ?? "")
        }
    }

    /// The dated changes of the body of a change, on one side, in these words.
    private func schedule(_ change: Change, after isAfter: Bool) -> String {
        let id = isAfter ? change.body : report.match.beforeOf[change.body] ?? change.body
        let changes = (isAfter ? report.after : report.before).body(id)?.changes ?? []
        return changes.isEmpty ? words.model.none : changes.map { $0.summary(in: words.model) }.joined(separator: "; ")
    }

    /// When the body of a change exists, on one side, in these words.
    private func validity(_ change: Change, after isAfter: Bool) -> String {
        let id = isAfter ? change.body : report.match.beforeOf[change.body] ?? change.body
        let body = (isAfter ? report.after : report.before).body(id)
        return body.flatMap { words.model.validity($0.validity) } ?? words.model.always
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
        let parents = words.model.list(body.reportsTo.compactMap { model.body($0.value)?.name }.map(quoted))
        // The parent tells them apart where no namesake shares it; else the id does.
        let parentTells = !parents.isEmpty && !namesakes.contains { Set($0.reportsTo.map(\.value)) == Set(body.reportsTo.map(\.value)) }
        return quoted(body.name) + (parentTells ? " (\(words.under(parents)))" : parents.isEmpty ? " (\(id))" : " (\(id), \(words.under(parents)))")
    }

    private func kindName(_ body: Body, in model: Model) -> String {
        body.ownKind.flatMap { own in model.kinds.first { $0.id == own }?.label } ?? words.model.kind(body.kind)
    }
    private func kindWord(_ text: String) -> String { BodyKind(rawValue: text).map(words.model.kind) ?? text }
    private func title(_ id: String, in model: Model) -> String { quoted(model.role(RoleID(id))?.title ?? id) }
    private func organisationName(_ id: String, in model: Model) -> String {
        quoted(model.organisation(OrganisationID(id))?.name ?? id)
    }
    private func entityName(_ id: String, after isAfter: Bool) -> String {
        let model = isAfter ? report.after : report.before
        if model.body(BodyID(id)) != nil { return name(BodyID(id), after: isAfter) }
        return quoted(model.displayName(of: model.role(RoleID(id)) != nil ? .role(RoleID(id)) : model.unit(UnitID(id)) != nil ? .unit(UnitID(id))
                                         : .organisation(OrganisationID(id))))
    }
    private func member(_ values: [String], in model: Model) -> String {
        title(values.first ?? "", in: model) + (values.count > 1 ? " ×\(values[1])" : "")
    }
    private func seat(_ values: ArraySlice<String>) -> String {
        values.map { $0 == "member" ? words.ordinaryMember : Seat(rawValue: $0).map(words.model.seat) ?? $0 }.joined(separator: ", ")
    }
    private func yesNo(_ values: [String]) -> String { values.first == "true" ? words.yes : words.no }
    private func holder(_ values: [String]) -> String { values.count > 1 ? values[1] : words.noOneNamed }
    private func count(_ values: [String]) -> String { values.count > 1 ? "×\(values[1])" : words.noNumber }
}

import MandateModel

/// The changes to one body present in both models: its name, id, relations, chair, secretariat, members
/// and attributes. References are compared by where their targets went, so a reporting line to a body that
/// was merged into another, and now points at that other, has not moved.
struct BodyComparison {
    let changes: [Change]

    init(old: Body, new: Body, before: Model, after: Model, match: BodyMatch, dates: (before: Day, after: Day), order: Int) {
        var changes: [Change] = []
        func add(_ kind: ChangeKind, old oldValue: [String], new newValue: [String], bodies: [BodyID] = []) {
            changes.append(Change(kind, body: new.id, bodies: bodies, old: oldValue, new: newValue, order: order))
        }
        if old.id != new.id {
            // In a workspace, `MODEL/ID` with the same ID is the same body; it moved only if its file did.
            if Model.localID(old.id.rawValue) == Model.localID(new.id.rawValue) {
                let (was, now) = (before.file(declaring: old.id.rawValue)?.path ?? "", after.file(declaring: new.id.rawValue)?.path ?? "")
                if was != now { add(.fileChanged, old: [was], new: [now]) }
            } else {
                add(.identifierChanged, old: [old.id.rawValue], new: [new.id.rawValue])
            }
        }
        // Keys compared by value, as the schema declares them: a key added to the schema is compared here unless
        // it is one of those compared their own way below (ChangeKind.comparedOwnWay).
        for field in ModelSchema.bodies.fields {
            guard let kind = ChangeKind.byValueKey[field.key.name] else { continue }
            if Self.namesBodies(field.key.type) {
                let was = Self.values(field.encode(old)).map { match.destination(of: BodyID($0))?.rawValue ?? $0 }
                let now = Self.values(field.encode(new))
                if Set(was) != Set(now) { add(kind, old: was, new: now) }
            } else {
                // A list in another order is the same list.
                let (was, now) = (Self.values(field.encode(old)), Self.values(field.encode(new)))
                if was.sorted() != now.sorted() { add(kind, old: was, new: now) }
            }
        }
        let oldChairs = (old.chair.map { [$0] } ?? old.coChairs).map(\.value.rawValue)
        let newChairs = (new.chair.map { [$0] } ?? new.coChairs).map(\.value.rawValue)
        // Co-chairs are a set: listing them in another order changes nothing.
        if Set(oldChairs) != Set(newChairs) { add(.chairChanged, old: oldChairs, new: newChairs) }
        let oldAdHoc = old.adHoc.map { $0.value.kind == .body ? (match.destination(of: BodyID($0.value.rawValue))?.rawValue ?? $0.value.rawValue) : $0.value.rawValue }
        let newAdHoc = new.adHoc.map(\.value.rawValue)
        if Set(oldAdHoc) != Set(newAdHoc) { add(.adHocChanged, old: oldAdHoc, new: newAdHoc) }

        let oldMembers = Dictionary(old.members.map { ($0.role.value, $0.count) }, uniquingKeysWith: { first, _ in first })
        let newMembers = Dictionary(new.members.map { ($0.role.value, $0.count) }, uniquingKeysWith: { first, _ in first })
        func count(_ value: Int?) -> [String] { value.map { [String($0)] } ?? [] }
        for member in new.members where oldMembers[member.role.value] == nil {
            add(.memberAdded, old: [], new: [member.role.value.rawValue] + count(member.count))
        }
        for member in old.members where newMembers[member.role.value] == nil {
            add(.memberRemoved, old: [member.role.value.rawValue] + count(member.count), new: [])
        }
        for member in new.members {
            guard let was = oldMembers[member.role.value], was != member.count else { continue }
            add(.memberRecounted, old: [member.role.value.rawValue] + count(was), new: [member.role.value.rawValue] + count(member.count))
        }
        let oldSeats = Dictionary(old.members.map { ($0.role.value, Self.seat($0)) }, uniquingKeysWith: { first, _ in first })
        for member in new.members {
            guard let was = oldSeats[member.role.value], was != Self.seat(member) else { continue }
            add(.seatChanged, old: [member.role.value.rawValue] + was, new: [member.role.value.rawValue] + Self.seat(member))
        }
        // Who chairs it: the holder of each chairing post on each side's date, where the model names one.
        let oldChairRoles = old.chair.map { [$0.value] } ?? old.coChairs.map(\.value)
        for role in new.chair.map({ [$0.value] }) ?? new.coChairs.map(\.value) where oldChairRoles.contains(role) {
            let was = before.role(role)?.holder(on: dates.before)?.name
            let now = after.role(role)?.holder(on: dates.after)?.name
            if was != now, was != nil || now != nil {
                add(.holderChanged, old: [role.rawValue] + (was.map { [$0] } ?? []), new: [role.rawValue] + (now.map { [$0] } ?? []))
            }
        }
        let oldKind = before.kindName(of: old), newKind = after.kindName(of: new)
        if oldKind != newKind { add(.kindChanged, old: [oldKind], new: [newKind]) }
        func standing(_ body: Body) -> [String] {
            (body.isRoot ? ["root"] : []) + (body.isExternal ? ["external"] : []) + (body.isJoint ? ["joint"] : [])
        }
        if standing(old) != standing(new) { add(.rootChanged, old: standing(old), new: standing(new)) }
        changes += Self.plan(old: old, new: new, order: order)
        self.changes = changes
    }

    /// The changes to when a body exists and to its dated changes: what a comparison reports of a body that
    /// both models plan, even where neither date falls inside its validity.
    static func plan(old: Body, new: Body, order: Int) -> [Change] {
        var changes: [Change] = []
        if old.validity != new.validity {
            changes.append(Change(.validityChanged, body: new.id, old: [old.validity.summary ?? "always"], new: [new.validity.summary ?? "always"], order: order))
        }
        let (oldSchedule, newSchedule) = (old.changes.map(\.summary), new.changes.map(\.summary))
        if oldSchedule != newSchedule { changes.append(Change(.scheduleChanged, body: new.id, old: oldSchedule, new: newSchedule, order: order)) }
        return changes
    }

    /// Whether a key's values are ids of bodies, which are compared by where their targets went.
    private static func namesBodies(_ type: ValueType) -> Bool {
        switch type {
        case .reference(let kinds), .references(let kinds): kinds == [.body]
        default: false
        }
    }

    /// A key's value as the file writes it, as texts: a list item by item, a record (a former name) as its
    /// name and dates, `nil` (the default) as none.
    static func values(_ value: JSONValue?) -> [String] {
        switch value {
        case nil, .null?: []
        case .bool(let flag)?: [flag ? "true" : "false"]
        case .int(let number)?: [String(number)]
        case .fraction(let number)?: [String(number)]
        case .string(let text)?: [text]
        case .array(let items)?: items.flatMap { values($0).isEmpty ? [] : [values($0).joined(separator: " ")] }
        case .object(let pairs)?: [pairs.map { key, value in key == "name" ? values(value).joined() : "\(key) \(values(value).joined())" }
            .joined(separator: " ")]
        }
    }

    /// A member's seat and its title in the source's words, as the change lists them.
    private static func seat(_ member: Membership) -> [String] {
        [member.seat?.rawValue ?? "member"] + (member.title.map { [$0] } ?? [])
    }
}

import MandateDiff
import MandateModel

/// A change's old and new values as JSON, each under the name of what changed and with its own type: a
/// list of ids for relations, a text for a name, a number for a count. `nil` where a side has no value
/// (merges and splits, additions and removals).
enum ChangeValues {
    static func of(_ change: Change) -> (old: JSONValue?, new: JSONValue?) {
        func ids(_ key: String) -> (JSONValue?, JSONValue?) {
            (.object([(key, .array(change.old.map(JSONValue.string)))]), .object([(key, .array(change.new.map(JSONValue.string)))]))
        }
        func one(_ key: String) -> (JSONValue?, JSONValue?) {
            (.object([(key, change.old.first.map(JSONValue.string) ?? .null)]), .object([(key, change.new.first.map(JSONValue.string) ?? .null)]))
        }
        func member(_ values: [String]) -> JSONValue? {
            guard let role = values.first else { return nil }
            return .object([("role", .string(role)), ("count", values.count > 1 ? Int(values[1]).map(JSONValue.int) ?? .null : .null)])
        }
        func seat(_ values: [String]) -> JSONValue {
            .object([("role", .string(values.first ?? "")), ("seat", .string(values.count > 1 ? values[1] : "member")),
                     ("title", values.count > 2 ? .string(values[2]) : .null)])
        }
        func holder(_ values: [String]) -> JSONValue {
            .object([("role", .string(values.first ?? "")), ("holder", values.count > 1 ? .string(values[1]) : .null)])
        }
        switch change.kind {
        case .merged, .split, .added, .removed: return (nil, nil)
        case .started, .ended, .validityChanged: return one("valid")
        case .identifierChanged: return one("id")
        case .fileChanged: return one("file")
        case .renamed: return one("name")
        case .moved: return ids("reportsTo")
        case .establishedByChanged: return ids("establishedBy")
        case .anchoringChanged: return ids("anchoredIn")
        case .chairChanged: return ids("chairs")
        case .secretariatChanged: return ids("secretariat")
        case .adHocChanged: return ids("adHoc")
        case .rootChanged: return ids("standing")
        case .memberAdded, .memberRemoved, .memberRecounted: return (member(change.old), member(change.new))
        case .seatChanged: return (seat(change.old), seat(change.new))
        case .holderChanged: return (holder(change.old), holder(change.new))
        case .kindChanged: return one("kind")
        case .organisationChanged: return one("organisation")
        case .cadenceChanged: return one("cadence")
        case .scheduleChanged: return ids("changes")
        case .commissioningChanged: return ids("commissionedBy")
        case .escalationChanged: return ids("escalatesTo")
        case .counterpartChanged: return ids("counterpart")
        case .successorChanged: return one("successor")
        case .lapsesChanged:
            return (.object([("lapses", .bool(change.old.first == "true"))]), .object([("lapses", .bool(change.new.first == "true"))]))
        case .countChanged:
            return (.object([("count", .int(change.old.first.flatMap { Int($0) } ?? 1))]), .object([("count", .int(change.new.first.flatMap { Int($0) } ?? 1))]))
        case .reviewChanged: return one("review")
        case .aliasesChanged: return ids("aliases")
        case .formerNamesChanged: return ids("formerNames")
        case .sourceChanged: return one("source")
        case .noteChanged: return one("note")
        }
    }
}

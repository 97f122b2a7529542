/// Reading one value of each type, reporting what does not fit.
extension ModelDecoder {
    mutating func scalar(_ node: SourceTree.Node, key: String, expected: String) -> String? {
        guard tree.kind(of: node) == .scalar else {
            report(.wrongType(key: key, expected: expected, found: tree.kind(of: node).noun), at: tree.location(of: node))
            return nil
        }
        guard !tree.isNull(node) else { return nil }
        let text = tree.text(of: node)
        if text.utf8.count > ModelLoader.maximumTextLength, text.count > ModelLoader.maximumTextLength {
            report(.textTooLong(key: key, characters: text.count, limit: ModelLoader.maximumTextLength), at: tree.location(of: node))
            return nil
        }
        return text
    }

    mutating func text(_ node: SourceTree.Node, key: String) -> String? {
        scalar(node, key: key, expected: "text")
    }

    mutating func identifier(_ node: SourceTree.Node, key: String) -> String? {
        guard let text = scalar(node, key: key, expected: "an id") else { return nil }
        guard Self.isValidIdentifier(text) else {
            report(.invalidIdentifier(id: text), at: tree.location(of: node))
            return nil
        }
        return text
    }

    mutating func texts(_ node: SourceTree.Node, key: String) -> [String] {
        guard tree.kind(of: node) == .sequence else { return text(node, key: key).map { [$0] } ?? [] }
        return tree.children(of: node).compactMap { scalar($0, key: key, expected: "text") }
    }

    mutating func day(_ node: SourceTree.Node, key: String) -> Day? {
        guard let text = scalar(node, key: key, expected: "a date") else { return nil }
        guard let day = Day(text) else {
            if let reason = Day.impossibility(of: text) {
                report(.impossibleDate(key: key, text: text, reason: reason), at: tree.location(of: node))
                return nil
            }
            report(.invalidDate(key: key, text: text), at: tree.location(of: node))
            return nil
        }
        return day
    }

    mutating func boolean(_ node: SourceTree.Node, key: String) -> Bool? {
        guard let text = scalar(node, key: key, expected: "true or false") else { return nil }
        switch (tree.isPlain(node), text) {
        case (true, "true"): return true
        case (true, "false"): return false
        default:
            report(.wrongType(key: key, expected: "true or false", found: describe(node)), at: tree.location(of: node))
            return nil
        }
    }

    mutating func integer(_ node: SourceTree.Node, key: String, minimum: Int) -> Int? {
        guard let text = scalar(node, key: key, expected: "a whole number") else { return nil }
        guard tree.isPlain(node), let value = Int(text), value >= minimum else {
            report(.invalidNumber(key: key, text: describe(node), minimum: minimum), at: tree.location(of: node))
            return nil
        }
        return value
    }

    mutating func choice<Choice: ModelChoice>(_ node: SourceTree.Node, key: String) -> Choice? {
        guard let text = scalar(node, key: key, expected: "a word") else { return nil }
        if let value = Choice(rawValue: text) { return value }
        if let word = Choice.localWords[text.lowercased()] {
            report(.localWord(key: key, text: text, word: word.rawValue), at: tree.location(of: node))
            return nil
        }
        let allowed = Choice.allCases.map(\.rawValue)
        report(.invalidChoice(key: key, text: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
               at: tree.location(of: node))
        return nil
    }

    /// One period `{from, until}` or a list of them, in order and apart; `.always` where there is none.
    mutating func validity(_ node: SourceTree.Node, key: String) -> Validity {
        guard !tree.isNull(node) else { return .always }
        let items = tree.kind(of: node) == .sequence ? tree.children(of: node) : [node]
        var periods: [(period: Period, location: SourceLocation)] = []
        for item in items {
            guard let period = period(item) else { continue }
            if let last = periods.last?.period, let until = last.until, let from = period.from, from <= until {
                report(.periodsOverlap(earlier: last.summary ?? "", later: period.summary ?? ""), at: tree.location(of: item))
            } else if let last = periods.last?.period, last.until == nil || period.from == nil {
                report(.periodsOverlap(earlier: last.summary ?? "always", later: period.summary ?? "always"), at: tree.location(of: item))
            }
            periods.append((period, tree.location(of: item)))
        }
        // A period without either end says nothing: `valid: {}` is the same as no `valid`.
        return Validity(periods: periods.map(\.period).filter { $0.from != nil || $0.until != nil })
    }

    private mutating func period(_ node: SourceTree.Node) -> Period? {
        guard tree.kind(of: node) == .mapping else {
            report(.notAMapping(context: "a period of 'valid'", found: tree.kind(of: node)), at: tree.location(of: node))
            return nil
        }
        var from: Day?
        var until: Day?
        var untilLocation: SourceLocation?
        for (position, _, value) in entries(of: node, spec: ModelSchema.validity, context: "'valid'").entries {
            let key = ModelSchema.validity.keys[position].name
            switch key {
            case "from": from = day(value, key: key)
            case "until": until = day(value, key: key); untilLocation = tree.location(of: value)
            default: break
            }
        }
        if let from, let until, until < from, let untilLocation {
            report(.wrongType(key: "until", expected: "a date on or after 'from' (\(from))", found: "\(until)"), at: untilLocation)
        }
        return Period(from: from, until: until)
    }

    /// A list of records with a name and dates; an item may be the name alone, and one item a list of one.
    mutating func records(_ node: SourceTree.Node, key: String, spec: ObjectSpec) -> [(name: String, from: Day?, until: Day?)] {
        guard !tree.isNull(node) else { return [] }
        let items = tree.kind(of: node) == .sequence ? tree.children(of: node) : [node]
        return items.compactMap { item in
            guard tree.kind(of: item) == .mapping else { return text(item, key: key).map { ($0, nil, nil) } }
            var record: (name: String?, from: Day?, until: Day?) = (nil, nil, nil)
            for (position, _, value) in entries(of: item, spec: spec, context: "an entry of '\(key)'").entries {
                switch spec.keys[position].name {
                case "name": record.name = text(value, key: "name")
                case "from": record.from = day(value, key: "from")
                case "until": record.until = day(value, key: "until")
                default: break
                }
            }
            return record.name.map { ($0, record.from, record.until) }
        }
    }

    /// A body's kind: a built-in kind, or one the model declares under `kinds`, with the built-in kind it behaves like.
    mutating func bodyKind(_ node: SourceTree.Node, key: String) -> (BodyKind, String?)? {
        guard let text = scalar(node, key: key, expected: "a word") else { return nil }
        if let kind = BodyKind(rawValue: text) { return (kind, nil) }
        if let like = ownKinds[text] { return (like, text) }
        if let word = BodyKind.localWords[text.lowercased()] {
            report(.localWord(key: key, text: text, word: word.rawValue), at: tree.location(of: node))
            return nil
        }
        let allowed = BodyKind.allCases.map(\.rawValue) + ownKinds.keys.sorted()
        report(.invalidChoice(key: key, text: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
               at: tree.location(of: node))
        return nil
    }

    /// The kinds a member's role may be, made once.
    private static let roleKind: [EntityKind] = [.role]

    mutating func members(_ node: SourceTree.Node) -> [Membership] {
        guard !tree.isNull(node) else { return [] }
        guard tree.kind(of: node) != .mapping else {
            report(.wrongType(key: "members", expected: "a list", found: tree.kind(of: node).noun), at: tree.location(of: node))
            return []
        }
        var result: [Membership] = []
        var seen: [EntityID: SourceLocation] = [:]
        // A single role is a list of one, as with every other list key.
        for item in tree.kind(of: node) == .sequence ? tree.children(of: node) : [node] {
            if tree.kind(of: item) != .mapping {
                if let role: Located<RoleID> = reference(item, key: "members", to: Self.roleKind),
                   noteOnce(.role(role.value), in: &seen, key: "members", item: item) {
                    result.append(Membership(role: role, count: nil, note: nil))
                }
                continue
            }
            var role: Located<RoleID>?
            var count: Int?
            var note: String?
            var seat: Seat?
            var title: String?
            for (position, _, value) in entries(of: item, spec: ModelSchema.membership, context: "a member").entries {
                let key = ModelSchema.membership.keys[position].name
                switch key {
                case "role": role = reference(value, key: key, to: Self.roleKind)
                case "count": count = integer(value, key: key, minimum: 1)
                case "note": note = text(value, key: key)
                case "seat": seat = choice(value, key: key)
                case "title": title = text(value, key: key)
                default: break
                }
            }
            if let role, noteOnce(.role(role.value), in: &seen, key: "members", item: item) { result.append(Membership(role: role, count: count, note: note, seat: seat, title: title)) }
        }
        return result
    }
}

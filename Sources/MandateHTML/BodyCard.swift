import MandateReporting
import MandateModel
import MandateRender

/// A body's card: its name, kind, organisation, chair, members with their seats, ad hoc participants, every
/// relation a diagram draws, cadence, review date, when it is valid, and the sentence of its terms of reference
/// that the model quotes. The model is the model as it stood on the date. Its rows are worked out once and
/// written as HTML (the report, each body a link to its card) or as Markdown (an editor's hover).
package struct BodyCard {
    /// One thing the card names: its text, and the body it is, if it is one.
    struct Item {
        let text: String
        let body: BodyID?
    }

    let body: Body
    let model: Model
    let words: PageWords

    init(body: Body, model: Model, words: PageWords) {
        self.body = body
        self.model = model
        self.words = words
    }

    /// The card of `body` in `model` (as it stood on the date), in `language`.
    package init(body: Body, model: Model, language: ModelLanguage) {
        self.init(body: body, model: model, words: .of(language))
    }

    /// Each row's heading and what it names, in the card's order; the members' row is a list.
    var rows: [(heading: String, items: [Item], isList: Bool)] {
        let kind = body.ownKind.flatMap { own in model.kinds.first { $0.id == own }?.label } ?? words.drawing.kind(body.kind)
        var rows: [(String, [Item])] = [(words.kindHeading, [Item(text: kind, body: nil)])]
        var membersRow: Int?
        if let organisation = body.organisation { rows.append((words.organisation, elements([.organisation(organisation.value)]))) }
        if let chair = body.chair { rows.append((words.drawing.chair, [role(chair.value)])) }
        if !body.coChairs.isEmpty { rows.append((words.drawing.coChairs, body.coChairs.map { role($0.value) })) }
        if !body.members.isEmpty {
            let members = body.members.map { member in
                var text = role(member.role.value).text
                let seat = [member.seat.map(words.drawing.model.seat), member.title].compactMap { $0 }
                if !seat.isEmpty { text += " — " + seat.joined(separator: ", ") }
                if let count = member.count, count > 1 { text += " ×\(count)" }
                return Item(text: text, body: nil)
            }
            membersRow = rows.count
            rows.append((words.members, members))
        }
        if !body.adHoc.isEmpty { rows.append((words.drawing.adHoc, elements(body.adHoc.map(\.value)))) }
        for relation in Relation.allCases {
            let targets = relation.targets(of: body)
            if !targets.isEmpty { rows.append((words.cardRelation(relation), elements(targets))) }
        }
        if let cadence = body.cadence { rows.append((words.cadence, [Item(text: words.drawing.model.cadence(cadence), body: nil)])) }
        if let review = body.review { rows.append((words.review, [Item(text: "\(review)", body: nil)])) }
        rows.append((words.validity, [Item(text: words.drawing.validity(body.validity), body: nil)]))
        return rows.enumerated().map { position, row in (row.0, row.1, position == membersRow) }
    }

    /// The card as an HTML article; members are a list, other rows items separated by `; `.
    package var html: String {
        var out = "<article class=\"card\" id=\"card-\(XMLText.escape(body.id.rawValue))\" data-name=\"\(XMLText.escape(body.name.lowercased()))\">\n"
        out += "<h3>\(XMLText.escape(body.name))</h3>\n<dl>\n"
        for (heading, items, isList) in rows {
            let value = isList
                ? "<ul>" + items.map { "<li>\(XMLText.escape($0.text))</li>" }.joined() + "</ul>"
                : items.map { item in
                    item.body.map { "<a href=\"#card-\(XMLText.escape($0.rawValue))\">\(XMLText.escape(item.text))</a>" } ?? XMLText.escape(item.text)
                }.joined(separator: "; ")
            out += "<dt>\(XMLText.escape(heading))</dt><dd>\(value)</dd>\n"
        }
        out += "</dl>\n"
        if let source = body.source { out += "<blockquote>\(XMLText.escape(source))</blockquote>\n" }
        return out + "</article>\n"
    }

    /// The card as Markdown: the name as a heading, a line per row, the source quoted.
    package var markdown: String {
        var out = "### \(MarkdownText.escape(body.name))\n\n"
        out += rows.map { heading, items, _ in
            "**\(MarkdownText.escape(heading)):** " + items.map { MarkdownText.escape($0.text) }.joined(separator: "; ")
        }.joined(separator: "  \n")
        if let source = body.source { out += "\n\n> \(MarkdownText.escape(source))" }
        return out + "\n"
    }

    /// A role by its title, with its holders.
    private func role(_ id: RoleID) -> Item {
        guard let role = model.role(id) else { return Item(text: id.rawValue, body: nil) }
        let holders = role.holders.map(\.name)
        return Item(text: role.title + (holders.isEmpty ? "" : " (" + holders.joined(separator: ", ") + ")"), body: nil)
    }

    /// Elements by name; a body is known as one, to link to its card.
    private func elements(_ entities: [EntityID]) -> [Item] {
        entities.map { entity in
            guard case .body(let id) = entity else { return Item(text: model.displayName(of: entity), body: nil) }
            return Item(text: model.displayName(of: entity), body: id)
        }
    }
}

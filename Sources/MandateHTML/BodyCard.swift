import MandateReporting
import MandateModel
import MandateRender

/// A body's card: its name, kind, organisation, chair, members with their seats, ad hoc participants, every
/// relation a diagram draws (each body a link to its card), cadence, review date, when it is valid, and the
/// sentence of its terms of reference that the model quotes. The model is the model as it stood on the date.
struct BodyCard {
    let body: Body
    let model: Model
    let words: PageWords

    var html: String {
        var rows: [(String, String)] = [(words.kindHeading, XMLText.escape(body.ownKind.flatMap { own in model.kinds.first { $0.id == own }?.label } ?? words.drawing.kind(body.kind)))]
        if let organisation = body.organisation { rows.append((words.organisation, XMLText.escape(model.displayName(of: .organisation(organisation.value))))) }
        if let chair = body.chair { rows.append((words.drawing.chair, role(chair.value))) }
        if !body.coChairs.isEmpty { rows.append((words.drawing.coChairs, body.coChairs.map { role($0.value) }.joined(separator: "; "))) }
        if !body.members.isEmpty {
            let items = body.members.map { member -> String in
                var text = role(member.role.value)
                let seat = [member.seat.map(words.drawing.model.seat), member.title].compactMap { $0 }
                if !seat.isEmpty { text += " — " + XMLText.escape(seat.joined(separator: ", ")) }
                if let count = member.count, count > 1 { text += " ×\(count)" }
                return "<li>\(text)</li>"
            }
            rows.append((words.members, "<ul>" + items.joined() + "</ul>"))
        }
        if !body.adHoc.isEmpty { rows.append((words.drawing.adHoc, elements(body.adHoc.map(\.value)))) }
        for relation in Relation.allCases {
            let targets = relation.targets(of: body)
            if !targets.isEmpty { rows.append((words.cardRelation(relation), elements(targets))) }
        }
        if let cadence = body.cadence { rows.append((words.cadence, XMLText.escape(words.drawing.model.cadence(cadence)))) }
        if let review = body.review { rows.append((words.review, "\(review)")) }
        rows.append((words.validity, XMLText.escape(words.drawing.validity(body.validity))))
        var out = "<article class=\"card\" id=\"card-\(XMLText.escape(body.id.rawValue))\" data-name=\"\(XMLText.escape(body.name.lowercased()))\">\n"
        out += "<h3>\(XMLText.escape(body.name))</h3>\n<dl>\n"
        out += rows.map { "<dt>\(XMLText.escape($0.0))</dt><dd>\($0.1)</dd>\n" }.joined()
        out += "</dl>\n"
        if let source = body.source { out += "<blockquote>\(XMLText.escape(source))</blockquote>\n" }
        return out + "</article>\n"
    }

    private func role(_ id: RoleID) -> String {
        guard let role = model.role(id) else { return XMLText.escape(id.rawValue) }
        let holders = role.holders.map(\.name)
        return XMLText.escape(role.title) + (holders.isEmpty ? "" : " (" + XMLText.escape(holders.joined(separator: ", ")) + ")")
    }

    /// Elements by name, each body a link to its card.
    private func elements(_ entities: [EntityID]) -> String {
        entities.map { entity in
            let name = XMLText.escape(model.displayName(of: entity))
            guard case .body(let id) = entity else { return name }
            return "<a href=\"#card-\(XMLText.escape(id.rawValue))\">\(name)</a>"
        }.joined(separator: "; ")
    }
}

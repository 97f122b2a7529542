import MandateReporting
import MandateModel
import MandateRender

/// A body's card: its name, kind, chair, members with their seats, secretariat, who set it up and whom it
/// reports to (each a link to that body's card), when it is valid, and the sentence of its terms of
/// reference that the model quotes.
struct BodyCard {
    let body: Body
    let model: Model
    let words: Vocabulary

    var html: String {
        var rows: [(String, String)] = [(words.kindHeading, XMLText.escape(body.ownKind.flatMap { own in model.kinds.first { $0.id == own }?.label } ?? words.kind(body.kind)))]
        if let chair = body.chair { rows.append((words.chair, role(chair.value))) }
        if !body.coChairs.isEmpty { rows.append((words.coChairs, body.coChairs.map { role($0.value) }.joined(separator: "; "))) }
        if !body.members.isEmpty {
            let items = body.members.map { member -> String in
                var text = role(member.role.value)
                let seat = [member.title, member.seat.map(words.model.seat)].compactMap { $0 }.first
                if let seat { text += " — " + XMLText.escape(seat) }
                if let count = member.count, count > 1 { text += " ×\(count)" }
                return "<li>\(text)</li>"
            }
            rows.append((words.members, "<ul>" + items.joined() + "</ul>"))
        }
        if !body.secretariat.isEmpty { rows.append((words.secretariat, body.secretariat.map { XMLText.escape(model.displayName(of: $0.value)) }.joined(separator: "; "))) }
        if !body.establishedBy.isEmpty { rows.append((words.setUpBy, links(body.establishedBy))) }
        if !body.reportsTo.isEmpty { rows.append((words.reportsTo, links(body.reportsTo))) }
        rows.append((words.validity, XMLText.escape(words.validity(body.validity))))
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

    private func links(_ bodies: [Located<BodyID>]) -> String {
        bodies.map { entry in
            let name = model.body(entry.value)?.name ?? entry.value.rawValue
            return "<a href=\"#card-\(XMLText.escape(entry.value.rawValue))\">\(XMLText.escape(name))</a>"
        }.joined(separator: "; ")
    }
}

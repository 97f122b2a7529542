import MandateModel

/// The text in a body's box, row by row: the name in bold, then its details, a comparison's mark and a
/// sheet's note in small type. The DOT writer draws it; the sheet planner estimates its size from it.
struct BodyLabel {
    /// One row of the label.
    struct Row {
        let text: String
        let pointSize: Double
        let isBold: Bool
        /// Where the text is wrapped, in characters.
        let wrapWidth: Int
        let colour: String?
    }

    let rows: [Row]

    /// The label of `body` as `view` draws it, with `note` (where the sheet continues) as its last row.
    init(body: Body, view: DiagramView, note: String? = nil) {
        let model = view.model
        let words = view.options.vocabulary
        var rows = [Row(text: body.name, pointSize: 10, isBold: true, wrapWidth: DOTWriter.nameWidth, colour: nil)]
        var details: [String] = []
        if body.count > 1 { details.append("×\(body.count)") }
        if let chair = body.chair {
            details.append("\(words.chair): " + (model.role(chair.value)?.title ?? chair.value.rawValue))
        } else if !body.coChairs.isEmpty {
            details.append("\(words.coChairs): " + body.coChairs.map { model.role($0.value)?.title ?? $0.value.rawValue }.joined(separator: "; "))
        }
        let viceChairs = body.members.filter { $0.seat == .viceChair }.map { model.role($0.role.value)?.title ?? $0.role.value.rawValue }
        if !viceChairs.isEmpty { details.append("\(words.viceChair): " + viceChairs.joined(separator: "; ")) }
        if !body.secretariat.isEmpty {
            details.append("\(words.secretariat): " + body.secretariat.map { model.displayName(of: $0.value) }.joined(separator: "; "))
        }
        if !body.adHoc.isEmpty {
            details.append("\(words.adHoc): " + body.adHoc.map { model.displayName(of: $0.value) }.joined(separator: "; "))
        }
        if let date = view.options.date, !body.isActive(on: date) {
            details.append(words.notActive(date) + (body.validity.periods.isEmpty ? "" : " (\(words.validity(body.validity)))"))
        }
        rows += details.map { Row(text: $0, pointSize: 8, isBold: false, wrapWidth: DOTWriter.nameWidth + 8, colour: nil) }
        if let mark = view.marks.nodes[body.id.rawValue] {
            rows.insert(Row(text: words.mark(mark).uppercased(), pointSize: 8, isBold: true, wrapWidth: 40, colour: mark.colour), at: 0)
        }
        if let note { rows.append(Row(text: note, pointSize: 8, isBold: true, wrapWidth: DOTWriter.nameWidth + 8, colour: "#1155cc")) }
        self.rows = rows
    }

    /// The label as an HTML-like table, every text escaped.
    var html: String {
        let cells = rows.map { row -> String in
            var text = DOTText.htmlLines(row.text, width: row.wrapWidth)
            if row.isBold { text = "<B>\(text)</B>" }
            if row.pointSize != 10 || row.colour != nil {
                let colour = row.colour.map { " COLOR=\"\($0)\"" } ?? ""
                text = "<FONT POINT-SIZE=\"\(Int(row.pointSize))\"\(colour)>\(text)</FONT>"
            }
            return "<TR><TD>\(text)</TD></TR>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + cells.joined() + "</TABLE>"
    }

    /// About how large Graphviz draws the box, in points: DejaVu Sans at 0.57 em a character (0.62 in bold,
    /// a full em for wide scripts), lines 1.1 em apart, the node's margins, and a second outline if it has one.
    func estimatedSize(peripheries: Int) -> PageSize {
        var width = 0.0
        var height = 0.0
        for row in rows {
            let lines = DOTText.lines(row.text, width: row.wrapWidth)
            for line in lines {
                let ems = line.unicodeScalars.reduce(0.0) { sum, scalar in sum + (scalar.value >= 0x1100 ? 1.0 : row.isBold ? 0.62 : 0.57) }
                width = max(width, ems * row.pointSize)
            }
            height += Double(lines.count) * row.pointSize * 1.1 + 2
        }
        let outline = peripheries > 1 ? 8.0 : 0
        return PageSize(width: max(54, width + 2 * 7.2 + 2 + outline), height: max(36, height + 2 * 3.6 + outline))
    }
}

import MandateModel

/// The key to a diagram: a sample of each kind of body and each relation that the diagram shows, as a
/// table that stands under the title in the graph's own label. It takes no part in the layout, so every
/// engine draws it alike, and no edge bends round the drawing to reach it.
struct Legend {
    let view: DiagramView

    /// The legend as rows of an HTML-like table, or `nil` when the view draws nothing to explain.
    var html: String? {
        let bodies = view.bodies.map { view.model.bodies[$0] }
        let words = view.options.vocabulary
        // The built-in kinds drawn, then the model's own kinds drawn, each in the style of the kind it behaves like.
        let kinds = BodyKind.allCases.filter { kind in bodies.contains { $0.kind == kind && $0.ownKind == nil } }.map { ($0, words.kind($0)) }
            + view.model.kinds.filter { own in bodies.contains { $0.ownKind == own.id } }.map { ($0.like, $0.label) }
        let relations = Relation.allCases.filter { relation in view.edges.contains { $0.relation == relation } }
        var cells: [String] = kinds.map { kind, label in
            let style = NodeStyle.of(kind)
            let border = style.peripheries > 1 ? "2" : "1"
            return cell(DOTText.html(label), attributes: " BGCOLOR=\"\(style.fill)\" BORDER=\"\(border)\"")
        }
        if bodies.contains(where: \.isExternal) { cells.append(cell(DOTText.html(words.outside))) }
        if let date = view.options.date, bodies.contains(where: { !$0.isActive(on: date) }) {
            cells.append(cell("<FONT COLOR=\"#888888\">\(DOTText.html(words.greyInactive(date)))</FONT>", attributes: " BGCOLOR=\"#f3f3f3\""))
        }
        for mark in DiagramMark.allCases where view.marks.nodes.values.contains(mark) || view.marks.extraEdges.contains(where: { $0.mark == mark })
            || view.marks.edges.values.contains(mark) {
            cells.append(cell("<FONT COLOR=\"\(mark.colour)\">━━ \(DOTText.html(words.mark(mark)))</FONT>"))
        }
        cells += relations.map { relation in
            let sample = EdgeStyle.sample(relation)
            return cell("<FONT COLOR=\"\(sample.colour)\">\(sample.glyphs)</FONT> \(DOTText.html(words.relation(relation)))")
        }
        let perRow = 4
        let rows = stride(from: 0, to: cells.count, by: perRow).map { start in
            "<TR>" + cells[start..<min(start + perRow, cells.count)].joined() + "</TR>"
        }
        guard !cells.isEmpty else { return nil }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
            + "<TR>" + cell("<B>\(DOTText.html(words.legend))</B>", attributes: " COLSPAN=\"\(min(perRow, cells.count))\" ALIGN=\"LEFT\"") + "</TR>"
            + rows.joined() + "</TABLE>"
    }

    /// A cell of the legend's table, in 8-point type.
    private func cell(_ content: String, attributes: String = "") -> String {
        "<TD\(attributes)><FONT POINT-SIZE=\"8\">\(content)</FONT></TD>"
    }
}

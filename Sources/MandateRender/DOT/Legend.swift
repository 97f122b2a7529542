import MandateModel

/// The key to a diagram: one small table, on the bottom rank, with a sample of each kind of body and each
/// relation that the diagram shows. Only for dot is it held there by layout edges; the engines without
/// ranks (neato, fdp, sfdp, twopi, circo) lay it out as a node like any other.
struct Legend {
    let view: DiagramView

    /// The legend's node: an id begins with a letter or digit, so no body or unit can be named this.
    static let nodeName = "_legend"

    var dot: String {
        let bodies = view.bodies.map { view.model.bodies[$0] }
        // The built-in kinds drawn, then the model's own kinds drawn, each in the style of the kind it behaves like.
        let kinds = BodyKind.allCases.filter { kind in bodies.contains { $0.kind == kind && $0.ownKind == nil } }.map { ($0, $0.rawValue) }
            + view.model.kinds.filter { own in bodies.contains { $0.ownKind == own.id } }.map { ($0.like, $0.label) }
        let relations = Relation.allCases.filter { relation in view.edges.contains { $0.relation == relation } }
        var cells: [String] = kinds.map { kind, label in
            let style = NodeStyle.of(kind)
            let border = style.peripheries > 1 ? "2" : "1"
            return "<TD BGCOLOR=\"\(style.fill)\" BORDER=\"\(border)\">\(DOTText.html(label))</TD>"
        }
        if bodies.contains(where: \.isExternal) { cells.append("<TD>dashed outline: outside the structure</TD>") }
        if let date = view.options.date, bodies.contains(where: { !$0.isActive(on: date) }) {
            cells.append("<TD BGCOLOR=\"#f3f3f3\"><FONT COLOR=\"#888888\">grey: not active on \(date)</FONT></TD>")
        }
        for mark in DiagramMark.allCases where view.marks.nodes.values.contains(mark) || view.marks.extraEdges.contains(where: { $0.mark == mark })
            || view.marks.edges.values.contains(mark) {
            cells.append("<TD><FONT COLOR=\"\(mark.colour)\">━━ \(mark.rawValue)</FONT></TD>")
        }
        cells += relations.map { relation in
            let sample = EdgeStyle.sample(relation)
            return "<TD><FONT COLOR=\"\(sample.colour)\">\(sample.glyphs)</FONT> \(DOTText.html(relation.rawValue))</TD>"
        }
        let perRow = 4
        let rows = stride(from: 0, to: cells.count, by: perRow).map { start in
            "<TR>" + cells[start..<min(start + perRow, cells.count)].joined() + "</TR>"
        }
        var out = "  \(DOTText.quoted(Self.nodeName)) [shape=plaintext, fontsize=8, label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"2\">"
        out += "<TR><TD COLSPAN=\"\(min(perRow, cells.count))\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>" + rows.joined() + "</TABLE>>];\n"
        // dot: below the lowest drawn nodes (those with nothing ranked under them), held there by invisible
        // edges that pull no node sideways; `rank=sink` is not honoured beside clusters with newrank. The other
        // engines have no ranks, and twopi refuses edges of weight 0: there the legend is a node like any other.
        guard view.options.engine == .dot else { return out }
        let above = Set(view.edges.filter { EdgeStyle.placement($0.relation) != .sideways }.map { EdgeStyle.ends(of: $0).tail })
        let drawn = view.bodies.map { view.model.bodies[$0].id.rawValue } + view.units.map(\.rawValue)
        for node in drawn where !above.contains(node) {
            out += "  \(DOTText.quoted(node)) -> \(DOTText.quoted(Self.nodeName)) [style=invis, weight=0];\n"
        }
        return out
    }
}

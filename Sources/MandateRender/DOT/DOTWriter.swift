import MandateModel

/// Writes a ``Sheet`` (or a whole ``DiagramView``) as DOT, in plain Swift: the same sheet always gives
/// byte-identical text, and every user string is escaped for the place it stands in.
public enum DOTWriter {
    /// The width, in characters, at which names are wrapped.
    static let nameWidth = 28
    /// Above this many nodes, layout settings are bounded so that large structures lay out in seconds.
    static let largeViewNodes = 300

    /// The whole view as DOT, on one sheet at its natural size.
    public static func write(_ view: DiagramView) -> String {
        write(Sheet(whole: view))
    }

    /// The sheet as DOT: scaled to fit its paper's margins, if it has paper, and for bitmaps at `dpi` dots
    /// per inch (Graphviz's default is 96).
    public static func write(_ sheet: Sheet, dpi: Int? = nil) -> String {
        let view = sheet.view
        let model = view.model
        let stacks = LeafStacks(sheet: sheet)
        var out = "digraph \(DOTText.quoted(model.id)) {\n"
        out += "  graph [fontname=\"DejaVu Sans\", fontsize=11, rankdir=\(view.options.direction.rawValue), newrank=true, "
        out += "nodesep=0.25, ranksep=0.3, "
        if let paper = sheet.paper {
            let inches = { (points: Double) in String(Int(((points - 2 * SheetOptions.margin) / 72 * 100).rounded(.down))).paddedHundredths }
            // No margin of Graphviz's own: a PDF sheet is set on its paper, with the paper's margin, when the pages are joined.
            out += "size=\"\(inches(paper.width)),\(inches(paper.height))\", margin=0, "
        }
        if let dpi { out += "dpi=\(dpi), " }
        out += "labelloc=t, label=<\(heading(sheet))>"
        if view.bodies.count + view.units.count > largeViewNodes { out += ", splines=line, nslimit=0.05, nslimit1=0.05" }
        out += "];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=10, margin=\"0.1,0.05\"];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#333333\"];\n"

        // The boxes: organisations, or the files of a workspace, each with its label, in the model's order.
        let byFile = view.options.clusters == .file
        let groups: [(id: String, label: String)] = byFile
            ? model.files.map { ($0.model, [$0.title ?? $0.path, $0.owner].compactMap { $0 }.joined(separator: " · ")) }
            : model.organisations.map { ($0.id.rawValue, $0.name) }
        let groupOf = { (id: String, organisation: OrganisationID?) -> String? in
            byFile ? model.file(declaring: id)?.model : organisation?.rawValue
        }
        var byOrganisation: [String: [String]] = [:]
        var loose: [String] = []
        var stackedLines: [String: String] = [:]
        for position in view.bodies {
            let body = model.bodies[position]
            let line = bodyNode(body, view: view, note: sheet.notes[body.id])
            if stacks.stackOf[body.id.rawValue] != nil {
                stackedLines[body.id.rawValue] = line
            } else if let group = groupOf(body.id.rawValue, body.organisation?.value) {
                byOrganisation[group, default: []].append(line)
            } else {
                loose.append(line)
            }
        }
        for id in view.units {
            guard let unit = model.unit(id) else { continue }
            let line = "\(DOTText.quoted(id.rawValue)) [shape=note, style=filled, fillcolor=\"#ffffff\", color=\"#999999\", fontsize=8, "
                + "label=<\(DOTText.htmlLines(unit.short ?? unit.name, width: 20))>];"
            if let group = groupOf(id.rawValue, unit.organisation?.value) { byOrganisation[group, default: []].append(line) } else { loose.append(line) }
        }
        let stackGroup = { (stack: LeafStacks.Stack) in groupOf(stack.leaves[0], stack.organisation) }
        let grouped = Set(groups.map(\.id))
        for group in groups {
            let clusters = stacks.stacks.filter { stackGroup($0) == group.id }
            guard byOrganisation[group.id] != nil || !clusters.isEmpty else { continue }
            out += "  subgraph \(DOTText.quoted("cluster_" + group.id)) {\n"
            out += "    label=<\(DOTText.html(group.label))>; style=\"rounded\"; color=\"#bbbbbb\"; fontcolor=\"#555555\"; fontsize=9;\n"
            out += (byOrganisation[group.id] ?? []).map { "    \($0)\n" }.joined()
            out += clusters.map { stacks.cluster($0, lines: stackedLines, indent: "    ") }.joined()
            out += "  }\n"
        }
        out += loose.map { "  \($0)\n" }.joined()
        out += stacks.stacks.filter { stackGroup($0).map { !grouped.contains($0) } ?? true }
            .map { stacks.cluster($0, lines: stackedLines, indent: "  ") }.joined()
        // A secretariat sits beside the first body it serves.
        for unit in view.units {
            guard let served = view.edges.first(where: { $0.relation == .secretariat && $0.from == unit.rawValue }) else { continue }
            out += "  { rank=same; \(DOTText.quoted(served.to)); \(DOTText.quoted(unit.rawValue)); }\n"
        }
        out += rowConstraints(sheet)
        out += references(sheet)
        for edge in view.edges {
            let (tail, head) = EdgeStyle.ends(of: edge)
            let words = view.options.vocabulary
            var attributes = EdgeStyle.attributes(edge.relation, engine: view.options.engine, words: words)
            if edge.alsoEstablished { attributes += ", label=\(DOTText.quoted(words.alsoSetUpBy))" }
            if let mark = view.marks.mark(of: edge) {
                attributes += ", color=\"\(mark.colour)\", penwidth=2.2"
                if mark == .removed { attributes += ", style=dashed, fontcolor=\"\(mark.colour)\", label=\(DOTText.quoted(words.was(words.relation(edge.relation))))" }
            }
            if edge.relation == .reportsTo, let index = stacks.stackOf[edge.from], view.marks.mark(of: edge) == nil {
                let stack = stacks.stacks[index]
                if stack.leaves[0] == edge.from { out += stacks.parentEdges(stack, style: attributes) }
                continue
            }
            out += "  \(DOTText.quoted(tail)) -> \(DOTText.quoted(head)) [\(attributes)];\n"
        }
        out += "}\n"
        return out
    }

    /// For dot: the tops of each row of trees on one rank, each row held below the one before by an invisible
    /// edge as long as that row is deep.
    private static func rowConstraints(_ sheet: Sheet) -> String {
        guard sheet.view.options.engine == .dot else { return "" }
        var out = ""
        for (index, row) in sheet.rows.enumerated() {
            if row.count > 1 { out += "  { rank=same; \(row.map { DOTText.quoted($0.rawValue) }.joined(separator: "; ")); }\n" }
            guard index > 0, let above = sheet.rows[index - 1].first, let first = row.first else { continue }
            out += "  \(DOTText.quoted(above.rawValue)) -> \(DOTText.quoted(first.rawValue)) [style=invis, minlen=\(sheet.rowRanks[index - 1])];\n"
        }
        return out
    }

    /// Joint bodies drawn on other sheets: dashed boxes in a column under each parent here, each naming the
    /// sheet the body is drawn on.
    private static func references(_ sheet: Sheet) -> String {
        let words = sheet.view.options.vocabulary
        let attributes = EdgeStyle.attributes(.reportsTo, engine: sheet.view.options.engine, words: words)
        var out = ""
        var previous: [BodyID: SheetReference] = [:]
        for reference in sheet.references {
            let name = sheet.view.model.body(reference.body)?.name ?? reference.body.rawValue
            let label = DOTText.htmlLines(name, width: nameWidth) + "<BR/><FONT POINT-SIZE=\"8\">\(DOTText.html(words.alsoReportsHere(reference.sheet)))</FONT>"
            out += "  \(DOTText.quoted(reference.node)) [shape=box, style=\"dashed,rounded\", color=\"#666666\", fontcolor=\"#444444\", label=<\(label)>];\n"
            out += "  \(DOTText.quoted(reference.parent.rawValue)) -> \(DOTText.quoted(reference.node)) [\(attributes), style=dashed"
            // The first box hangs under the parent; the others stand in a column below it.
            if let above = previous[reference.parent] {
                out += ", constraint=false];\n  \(DOTText.quoted(above.node)) -> \(DOTText.quoted(reference.node)) [style=invis];\n"
            } else {
                out += "];\n"
            }
            previous[reference.parent] = reference
        }
        return out
    }

    /// The graph's label: the title, the sheet and date, and the legend under them.
    private static func heading(_ sheet: Sheet) -> String {
        let view = sheet.view
        var rows = ["<B>\(DOTText.html(view.model.title ?? view.model.id))</B>"]
        var subtitle: [String] = []
        let words = view.options.vocabulary
        if sheet.count > 1 { subtitle.append(words.sheetOf(sheet.number, sheet.count)) }
        if let date = view.options.date { subtitle.append(words.at(date)) }
        if !subtitle.isEmpty { rows.append("<FONT POINT-SIZE=\"9\">\(subtitle.joined(separator: " · "))</FONT>") }
        if view.options.showsLegend, let legend = Legend(view: view).html { rows.append(legend) }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">" + rows.map { "<TR><TD>\($0)</TD></TR>" }.joined() + "</TABLE>"
    }

    private static func bodyNode(_ body: Body, view: DiagramView, note: String?) -> String {
        let isActive = view.options.date.map(body.isActive(on:)) ?? true
        let label = BodyLabel(body: body, view: view, note: note).html
        var attributes = NodeStyle.of(body.kind).attributes(isActive: isActive, isExternal: body.isExternal)
        if body.id == view.options.focus { attributes += ", penwidth=3" }
        if view.options.linksBodies {
            attributes += ", URL=\(DOTText.quoted("#card-" + body.id.rawValue)), tooltip=\(DOTText.quoted(body.name))"
        }
        if let mark = view.marks.nodes[body.id.rawValue] {
            attributes += ", color=\"\(mark.colour)\", penwidth=2.5"
            if mark == .removed { attributes += ", fillcolor=\"#f3f3f3\", fontcolor=\"#888888\"" }
        }
        return "\(DOTText.quoted(body.id.rawValue)) [\(attributes), label=<\(label)>];"
    }
}

private extension String {
    /// Hundredths written as a decimal: "1069" as "10.69".
    var paddedHundredths: String {
        let digits = count < 3 ? String(repeating: "0", count: 3 - count) + self : self
        return digits.dropLast(2) + "." + digits.suffix(2)
    }
}

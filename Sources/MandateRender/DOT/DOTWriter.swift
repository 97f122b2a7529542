import MandateModel

/// Writes a ``DiagramView`` as DOT, in plain Swift: the same view always gives byte-identical text, and
/// every user string is escaped for the place it stands in.
public enum DOTWriter {
    /// The width, in characters, at which names are wrapped.
    static let nameWidth = 28
    /// Above this many nodes, layout settings are bounded so that large structures lay out in seconds.
    static let largeViewNodes = 300

    /// The view as DOT text.
    public static func write(_ view: DiagramView) -> String {
        let model = view.model
        var out = "digraph \(DOTText.quoted(model.id)) {\n"
        out += "  graph [fontname=\"DejaVu Sans\", fontsize=11, rankdir=\(view.options.direction.rawValue), newrank=true, "
        out += "nodesep=0.25, ranksep=0.45, size=\"10.5,7.4\", labelloc=t, label=<<B>\(DOTText.html(model.title ?? model.id))</B>"
        if let date = view.options.date { out += "<BR/><FONT POINT-SIZE=\"9\">at \(date)</FONT>" }
        out += ">"
        if view.bodies.count + view.units.count > largeViewNodes { out += ", splines=line, nslimit=0.05, nslimit1=0.05" }
        out += "];\n"
        out += "  node [fontname=\"DejaVu Sans\", fontsize=10, margin=\"0.1,0.05\"];\n"
        out += "  edge [fontname=\"DejaVu Sans\", fontsize=8, color=\"#333333\"];\n"

        var byOrganisation: [OrganisationID: [String]] = [:]
        var loose: [String] = []
        for position in view.bodies {
            let body = model.bodies[position]
            let line = bodyNode(body, view: view)
            if let organisation = body.organisation?.value { byOrganisation[organisation, default: []].append(line) } else { loose.append(line) }
        }
        for id in view.units {
            guard let unit = model.unit(id) else { continue }
            let line = "\(DOTText.quoted(id.rawValue)) [shape=note, style=filled, fillcolor=\"#ffffff\", color=\"#999999\", fontsize=8, "
                + "label=<\(DOTText.htmlLines(unit.short ?? unit.name, width: 20))>];"
            if let organisation = unit.organisation?.value { byOrganisation[organisation, default: []].append(line) } else { loose.append(line) }
        }
        for organisation in model.organisations {
            guard let lines = byOrganisation[organisation.id] else { continue }
            out += "  subgraph \(DOTText.quoted("cluster_" + organisation.id.rawValue)) {\n"
            out += "    label=<\(DOTText.html(organisation.name))>; style=\"rounded\"; color=\"#bbbbbb\"; fontcolor=\"#555555\"; fontsize=9;\n"
            out += lines.map { "    \($0)\n" }.joined()
            out += "  }\n"
        }
        out += loose.map { "  \($0)\n" }.joined()
        // A secretariat sits beside the first body it serves.
        for unit in view.units {
            guard let served = view.edges.first(where: { $0.relation == .secretariat && $0.from == unit.rawValue }) else { continue }
            out += "  { rank=same; \(DOTText.quoted(served.to)); \(DOTText.quoted(unit.rawValue)); }\n"
        }
        for edge in view.edges {
            let (tail, head) = EdgeStyle.ends(of: edge)
            var attributes = EdgeStyle.attributes(edge.relation, engine: view.options.engine)
            if edge.alsoEstablished { attributes += ", label=\"also set up by\"" }
            if let mark = view.marks.mark(of: edge) {
                attributes += ", color=\"\(mark.colour)\", penwidth=2.2"
                if mark == .removed { attributes += ", style=dashed, fontcolor=\"\(mark.colour)\", label=\"was: \(edge.relation.rawValue)\"" }
            }
            out += "  \(DOTText.quoted(tail)) -> \(DOTText.quoted(head)) [\(attributes)];\n"
        }
        if view.options.showsLegend { out += Legend(view: view).dot }
        out += "}\n"
        return out
    }

    private static func bodyNode(_ body: Body, view: DiagramView) -> String {
        let model = view.model
        let isActive = view.options.date.map(body.isActive(on:)) ?? true
        var rows = ["<B>\(DOTText.htmlLines(body.name, width: nameWidth))</B>"]
        var details: [String] = []
        if body.count > 1 { details.append("×\(body.count)") }
        if let chair = body.chair {
            details.append("chair: " + (model.role(chair.value)?.title ?? chair.value.rawValue))
        } else if !body.coChairs.isEmpty {
            details.append("co-chairs: " + body.coChairs.map { model.role($0.value)?.title ?? $0.value.rawValue }.joined(separator: "; "))
        }
        let viceChairs = body.members.filter { $0.seat == .viceChair }.map { model.role($0.role.value)?.title ?? $0.role.value.rawValue }
        if !viceChairs.isEmpty { details.append("vice-chair: " + viceChairs.joined(separator: "; ")) }
        if !body.secretariat.isEmpty {
            details.append("secretariat: " + body.secretariat.map { model.displayName(of: $0.value) }.joined(separator: "; "))
        }
        if !body.adHoc.isEmpty {
            details.append("ad hoc: " + body.adHoc.map { model.displayName(of: $0.value) }.joined(separator: "; "))
        }
        if let date = view.options.date, !isActive {
            details.append("not active on \(date)" + (body.validity.summary.map { " (\($0))" } ?? ""))
        }
        rows += details.map { "<FONT POINT-SIZE=\"8\">\(DOTText.htmlLines($0, width: nameWidth + 8))</FONT>" }
        let mark = view.marks.nodes[body.id.rawValue]
        if let mark { rows.insert("<FONT POINT-SIZE=\"8\" COLOR=\"\(mark.colour)\"><B>\(mark.rawValue.uppercased())</B></FONT>", at: 0) }
        let label = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"1\">"
            + rows.map { "<TR><TD>\($0)</TD></TR>" }.joined() + "</TABLE>"
        var attributes = NodeStyle.of(body.kind).attributes(isActive: isActive, isExternal: body.isExternal)
        if body.id == view.options.focus { attributes += ", penwidth=3" }
        if let mark {
            attributes += ", color=\"\(mark.colour)\", penwidth=2.5"
            if mark == .removed { attributes += ", fillcolor=\"#f3f3f3\", fontcolor=\"#888888\"" }
        }
        return "\(DOTText.quoted(body.id.rawValue)) [\(attributes), label=<\(label)>];"
    }
}

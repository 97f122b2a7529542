/// How each relation is drawn: upward relations point at the body above and rank it higher; the others
/// run sideways without changing the ranks.
enum EdgeStyle {
    /// The edge's attributes for `engine`, labelled in `words`: the upward-pointing sideways relations keep
    /// dot's ranks with `weight=0`, which the other engines refuse or do not need.
    static func attributes(_ relation: Relation, engine: LayoutEngine, words: Vocabulary) -> String {
        let keepsRanks = engine == .dot ? ", weight=0" : ""
        // A sideways line may join two boxes on one rank; Graphviz 2.42–2.43 frees a labelled flat edge's
        // label twice when the layout is freed in-process, so those lines carry an external label (xlabel),
        // which is placed after layout and never enters the ranks.
        let placement = EdgeStyle.placement(relation) == .sideways ? "xlabel" : "label"
        let label = words.edgeLabel(relation).map { ", \(placement)=\(DOTText.quoted($0))" } ?? ""
        return switch relation {
        case .reportsTo: "dir=back, arrowtail=normal, penwidth=1.4"
        case .establishedBy: "dir=back, arrowtail=empty, style=dashed, color=\"#3c78d8\", fontcolor=\"#3c78d8\"\(label)"
        case .anchoredIn: "dir=back, arrowtail=odiamond, style=bold, color=\"#6aa84f\", fontcolor=\"#6aa84f\"\(label)"
        case .secretariat: "arrowhead=none, style=dotted, color=\"#999999\", constraint=false"
        case .commissionedBy: "arrowhead=vee, style=dashed, color=\"#e69138\", fontcolor=\"#e69138\"\(label)\(keepsRanks)"
        case .escalatesTo: "dir=back, arrowtail=normal, style=\"dashed,bold\", color=\"#cc0000\", fontcolor=\"#cc0000\"\(label)\(keepsRanks)"
        case .counterpart: "dir=both, arrowhead=dot, arrowtail=dot, style=dotted, color=\"#674ea7\", fontcolor=\"#674ea7\"\(label), constraint=false"
        case .successor: "arrowhead=normal, style=dotted, penwidth=1.4, color=\"#666666\", fontcolor=\"#666666\"\(label), constraint=false"
        case .became: "arrowhead=normal, style=\"bold,dashed\", color=\"#7f6000\", fontcolor=\"#7f6000\"\(label), constraint=false"
        }
    }

    /// A short run of coloured characters that looks like the edge, for the legend.
    static func sample(_ relation: Relation) -> (glyphs: String, colour: String) {
        switch relation {
        case .reportsTo: ("━━━▶", "#333333")
        case .establishedBy: ("╌╌╌▷", "#3c78d8")
        case .anchoredIn: ("━━━◇", "#6aa84f")
        case .secretariat: ("┈┈┈┈", "#999999")
        case .commissionedBy: ("╌╌╌›", "#e69138")
        case .escalatesTo: ("╍╍╍▶", "#cc0000")
        case .counterpart: ("●┈┈●", "#674ea7")
        case .successor: ("┈┈┈▶", "#666666")
        case .became: ("╍╍╍▶", "#7f6000")
        }
    }

    /// Where a relation puts its ends on the page.
    enum Placement {
        /// The relation's target sits above its source (reporting, set up by, anchoring, escalation).
        case upward
        /// The relation's source sits above its target (commissioning).
        case downward
        /// No ranking (secretariat, counterpart, successor).
        case sideways
    }

    static func placement(_ relation: Relation) -> Placement {
        switch relation {
        case .reportsTo, .establishedBy, .anchoredIn, .escalatesTo: .upward
        case .commissionedBy: .downward
        case .secretariat, .counterpart, .successor, .became: .sideways
        }
    }

    /// The edge's DOT tail and head: upper end first for ranking relations, so that dot places it higher.
    static func ends(of edge: DiagramEdge) -> (tail: String, head: String) {
        placement(edge.relation) == .upward ? (edge.to, edge.from) : (edge.from, edge.to)
    }
}

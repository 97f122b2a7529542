import MandateModel

/// How a body of each kind is drawn: its shape, outline and fill.
struct NodeStyle {
    let shape: String
    let style: String
    let fill: String
    let peripheries: Int

    static func of(_ kind: BodyKind) -> NodeStyle {
        switch kind {
        case .political: NodeStyle(shape: "box", style: "filled", fill: "#f4cccc", peripheries: 2)
        case .executive: NodeStyle(shape: "box", style: "filled", fill: "#fce5cd", peripheries: 1)
        case .steeringGroup: NodeStyle(shape: "box", style: "rounded,filled", fill: "#fff2cc", peripheries: 2)
        case .forum: NodeStyle(shape: "box", style: "rounded,filled", fill: "#d9ead3", peripheries: 1)
        case .committee: NodeStyle(shape: "box", style: "rounded,filled", fill: "#d0e0e3", peripheries: 1)
        case .council: NodeStyle(shape: "box", style: "rounded,filled", fill: "#cfe2f3", peripheries: 2)
        case .workingGroup: NodeStyle(shape: "box", style: "rounded,filled", fill: "#ead1dc", peripheries: 1)
        case .cluster: NodeStyle(shape: "component", style: "filled", fill: "#d9d2e9", peripheries: 1)
        case .alliance: NodeStyle(shape: "box", style: "filled,diagonals", fill: "#eeeeee", peripheries: 1)
        }
    }

    /// The attributes of a body node, greyed when the body is not active at the diagram's date, and with a
    /// dashed outline when it is outside the structure.
    func attributes(isActive: Bool, isExternal: Bool) -> String {
        var styles = style.split(separator: ",").map(String.init)
        if isExternal, !styles.contains("dashed") { styles.append("dashed") }
        var text = "shape=\(shape), style=\(DOTText.quoted(styles.joined(separator: ","))), "
        text += "fillcolor=\(DOTText.quoted(isActive ? fill : "#f3f3f3"))"
        if peripheries != 1 { text += ", peripheries=\(peripheries)" }
        if !isActive { text += ", color=\"#aaaaaa\", fontcolor=\"#888888\"" }
        return text
    }
}

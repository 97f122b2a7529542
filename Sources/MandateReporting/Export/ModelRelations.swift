import MandateModel

/// A model's relations between bodies, as the graph exports name them: each body's lines to other bodies, in
/// model order.
struct ModelRelations {
    /// One line: from a body to another, of a kind.
    struct Line {
        let from: BodyID
        let to: BodyID
        /// The model file's key: reportsTo, establishedBy, anchoredIn, commissionedBy, escalatesTo,
        /// counterparts, successor, predecessors.
        let key: String

        /// The line in words, for a label a person reads: "set up by", "anchored in".
        var words: String {
            switch key {
            case "reportsTo": "reports to"
            case "establishedBy": "set up by"
            case "anchoredIn": "anchored in"
            case "commissionedBy": "commissioned by"
            case "escalatesTo": "escalates to"
            case "counterparts": "counterpart"
            case "successor": "continued by"
            case "predecessors": "merged from"
            default: key
            }
        }
    }

    let lines: [Line]

    init(_ model: Model) {
        var lines: [Line] = []
        for body in model.bodies {
            func add(_ targets: [Located<BodyID>], _ key: String) { lines += targets.map { Line(from: body.id, to: $0.value, key: key) } }
            add(body.reportsTo, "reportsTo")
            add(body.establishedBy, "establishedBy")
            add(body.anchoredIn, "anchoredIn")
            add(body.commissionedBy, "commissionedBy")
            add(body.escalatesTo, "escalatesTo")
            add(body.counterparts, "counterparts")
            add(body.successor.map { [$0] } ?? [], "successor")
            add(body.predecessors, "predecessors")
        }
        self.lines = lines
    }
}

import MandateModel

/// Writes a model as GraphML, which yEd, Gephi and NetworkX read: a node per body, organisation, unit and
/// role, typed by a `type` attribute and carrying the model file's keys as typed attributes; an edge per
/// relation, typed by `relation` (reportsTo, establishedBy, …, organisation, secretariat, chair, coChair,
/// member), members with their seat and count. A body named by a relation but declared in another model (a
/// predecessor) is a node of type `reference`.
package enum GraphMLExporter {
    private static let nodeKeys: [(id: String, type: String)] = [
        ("type", "string"), ("name", "string"), ("kind", "string"), ("title", "string"), ("organisationKind", "string"),
        ("root", "boolean"), ("external", "boolean"), ("joint", "boolean"), ("count", "int"), ("from", "string"),
        ("until", "string"), ("cadence", "string"), ("source", "string"),
    ]
    private static let edgeKeys: [(id: String, type: String)] = [("relation", "string"), ("seat", "string"), ("seats", "int")]

    /// The model as GraphML, ending with a newline.
    public static func write(_ model: Model) -> String {
        var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        output += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        output += "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
        for key in nodeKeys { output += "  <key id=\"\(key.id)\" for=\"node\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n" }
        for key in edgeKeys { output += "  <key id=\"\(key.id)\" for=\"edge\" attr.name=\"\(key.id)\" attr.type=\"\(key.type)\"/>\n" }
        output += "  <graph id=\"\(XMLText.escape(model.id))\" edgedefault=\"directed\">\n"
        func node(_ id: String, _ data: [(String, String?)]) {
            output += "    <node id=\"\(XMLText.escape(id))\">"
            for (key, value) in data { if let value { output += "<data key=\"\(key)\">\(XMLText.escape(value))</data>" } }
            output += "</node>\n"
        }
        var edges: [(String, String, [(String, String)])] = []
        for organisation in model.organisations {
            node("organisation:\(organisation.id)", [("type", "organisation"), ("name", organisation.name), ("organisationKind", organisation.kind.rawValue)])
        }
        for unit in model.units {
            node("unit:\(unit.id)", [("type", "unit"), ("name", unit.name)])
            if let organisation = unit.organisation { edges.append(("unit:\(unit.id)", "organisation:\(organisation.value)", [("relation", "organisation")])) }
        }
        for role in model.roles {
            node("role:\(role.id)", [("type", "role"), ("title", role.title)])
            if let organisation = role.organisation { edges.append(("role:\(role.id)", "organisation:\(organisation.value)", [("relation", "organisation")])) }
        }
        for body in model.bodies {
            node("body:\(body.id)", [
                ("type", "body"), ("name", body.name), ("kind", model.kindName(of: body)), ("root", String(body.isRoot)),
                ("external", String(body.isExternal)), ("joint", String(body.isJoint)), ("count", String(body.count)),
                ("from", body.validity.from?.description), ("until", body.validity.until?.description), ("cadence", body.cadence),
                ("source", body.source),
            ])
            let id = "body:\(body.id)"
            if let organisation = body.organisation { edges.append((id, "organisation:\(organisation.value)", [("relation", "organisation")])) }
            for entry in body.secretariat { edges.append((id, target(entry.value), [("relation", "secretariat")])) }
            if let chair = body.chair { edges.append((id, "role:\(chair.value)", [("relation", "chair")])) }
            for chair in body.coChairs { edges.append((id, "role:\(chair.value)", [("relation", "coChair")])) }
            for member in body.members {
                var data = [("relation", "member")]
                if let seat = member.seat { data.append(("seat", seat.rawValue)) }
                if let count = member.count { data.append(("seats", String(count))) }
                edges.append((id, "role:\(member.role.value)", data))
            }
        }
        let lines = ModelRelations(model).lines
        // A predecessor may be a body of an earlier model: a node of type `reference` stands for it.
        var referenced = Set<BodyID>()
        for line in lines where model.body(line.to) == nil && referenced.insert(line.to).inserted {
            node("body:\(line.to)", [("type", "reference"), ("name", line.to.rawValue)])
        }
        for line in lines { edges.append(("body:\(line.from)", "body:\(line.to)", [("relation", line.key)])) }
        for (source, targetID, data) in edges {
            output += "    <edge source=\"\(XMLText.escape(source))\" target=\"\(XMLText.escape(targetID))\">"
            output += data.map { "<data key=\"\($0.0)\">\(XMLText.escape($0.1))</data>" }.joined() + "</edge>\n"
        }
        return output + "  </graph>\n</graphml>\n"
    }

    private static func target(_ entity: EntityID) -> String {
        switch entity {
        case .unit(let unit): "unit:\(unit)"
        case .organisation(let organisation): "organisation:\(organisation)"
        case .role(let role): "role:\(role)"
        case .body(let body): "body:\(body)"
        }
    }
}

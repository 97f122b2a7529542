import MandateModel

/// Writes a model as JSON-LD in the W3C Organization Ontology (ORG), which public-sector data catalogues
/// speak (the EU's Core Public Organisation Vocabulary builds on it): organisations as `org:Organization`,
/// bodies as `org:OrganizationalUnit` with `org:unitOf` their organisation and `org:subOrganizationOf` the
/// bodies they report to; each chair, co-chair and member seat an `org:Post` in its body, for its role, held
/// by the role's holders (`org:heldBy`); each predecessor an `org:ChangeEvent` from the old body to the new.
/// Relations ORG has no term for (set up by, anchored in, …) use `urn:mandate:terms#`. Every element is named
/// `urn:mandate:MODEL:KIND:ID`, percent-encoded.
package enum ORGExporter {
    /// The model as JSON-LD, ending with a newline.
    public static func write(_ model: Model) -> String {
        let base = "urn:mandate:\(encode(model.id)):"
        func ref(_ kind: String, _ id: String) -> JSONValue { .object([("@id", .string(base + kind + ":" + encode(id)))]) }
        func node(_ kind: String, _ id: String, type: String, _ properties: [(String, JSONValue)]) -> JSONValue {
            .object([("@id", .string(base + kind + ":" + encode(id))), ("@type", .string(type))] + properties)
        }
        var graph: [JSONValue] = []
        for organisation in model.organisations {
            graph.append(node("organisation", organisation.id.rawValue, type: "org:Organization", [
                ("skos:prefLabel", .string(organisation.name)), ("org:classification", .string(organisation.kind.rawValue)),
            ]))
        }
        for unit in model.units {
            var properties: [(String, JSONValue)] = [("skos:prefLabel", .string(unit.name))]
            if let organisation = unit.organisation { properties.append(("org:unitOf", ref("organisation", organisation.value.rawValue))) }
            graph.append(node("unit", unit.id.rawValue, type: "org:OrganizationalUnit", properties))
        }
        var holders: [String: String] = [:]
        for role in model.roles {
            graph.append(node("role", role.id.rawValue, type: "org:Role", [("skos:prefLabel", .string(role.title))]))
            for holder in role.holders { holders[holder.name] = holder.name }
        }
        for name in holders.keys.sorted() {
            graph.append(node("person", name, type: "foaf:Person", [("foaf:name", .string(name))]))
        }
        let others = ["establishedBy", "anchoredIn", "commissionedBy", "escalatesTo", "counterparts", "successor"]
        let relations = ModelRelations(model)
        for body in model.bodies {
            var properties: [(String, JSONValue)] = [
                ("skos:prefLabel", .string(body.name)), ("org:classification", .string(model.kindName(of: body))),
            ]
            if let organisation = body.organisation { properties.append(("org:unitOf", ref("organisation", organisation.value.rawValue))) }
            let parents = body.reportsTo.map { ref("body", $0.value.rawValue) }
            if !parents.isEmpty { properties.append(("org:subOrganizationOf", .array(parents))) }
            for key in others {
                let targets = relations.lines.filter { $0.from == body.id && $0.key == key }.map { ref("body", $0.to.rawValue) }
                if !targets.isEmpty { properties.append(("mandate:\(key)", .array(targets))) }
            }
            let secretariats = body.secretariat.map { entry -> JSONValue in
                switch entry.value {
                case .unit(let unit): ref("unit", unit.rawValue)
                case .organisation(let organisation): ref("organisation", organisation.rawValue)
                case .role(let role): ref("role", role.rawValue)
                case .body(let other): ref("body", other.rawValue)
                }
            }
            if !secretariats.isEmpty { properties.append(("mandate:secretariat", .array(secretariats))) }
            graph.append(node("body", body.id.rawValue, type: "org:OrganizationalUnit", properties))
            var seats: [(String, RoleID)] = body.chair.map { [("chair", $0.value)] } ?? []
            seats += body.coChairs.map { ("co-chair", $0.value) }
            seats += body.members.map { ($0.seat?.rawValue ?? "member", $0.role.value) }
            for (index, seat) in seats.enumerated() {
                let held = model.role(seat.1)?.holders.map { ref("person", $0.name) } ?? []
                var post: [(String, JSONValue)] = [
                    ("skos:prefLabel", .string(seat.0)), ("org:postIn", ref("body", body.id.rawValue)), ("org:role", ref("role", seat.1.rawValue)),
                ]
                if !held.isEmpty { post.append(("org:heldBy", .array(held))) }
                graph.append(node("post", "\(body.id.rawValue)/\(index + 1)", type: "org:Post", post))
            }
            for predecessor in body.predecessors {
                graph.append(node("change", "\(predecessor.value.rawValue)/\(body.id.rawValue)", type: "org:ChangeEvent", [
                    ("org:originalOrganization", ref("body", predecessor.value.rawValue)), ("org:resultingOrganization", ref("body", body.id.rawValue)),
                ]))
            }
        }
        let document: JSONValue = .object([
            ("@context", .object([
                ("org", .string("http://www.w3.org/ns/org#")), ("skos", .string("http://www.w3.org/2004/02/skos/core#")),
                ("foaf", .string("http://xmlns.com/foaf/0.1/")),
                ("mandate", .string("urn:mandate:terms#")),
            ])),
            ("@graph", .array(graph)),
        ])
        return document.formatted() + "\n"
    }

    /// An id as a URN's part: unreserved characters kept, everything else percent-encoded.
    static func encode(_ text: String) -> String {
        PercentEncoding.encode(text)
    }
}

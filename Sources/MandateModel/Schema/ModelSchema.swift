/// The model file format, described once: every key with its type, its meaning and the property it fills.
/// The decoder reads keys through it, `mandate export` writes them through it, `mandate schema` writes
/// it as JSON Schema, and unknown-key hints come from it.
package enum ModelSchema {
    /// The current format version.
    public static let formatVersion = 1

    /// Meeting cadences that tools understand; any other text is kept as written.
    public static let cadences = ["weekly", "monthly", "quarterly", "yearly", "ad-hoc"]

    /// One period of a body's validity.
    public static let validity = ObjectSpec(name: "validity", summary: "A period in which a body exists, both ends inclusive.", keys: [
        KeySpec("from", .date, "The first day the body exists."),
        KeySpec("until", .date, "The last day the body exists."),
    ])

    /// A permanent member written as a mapping.
    public static let membership = ObjectSpec(name: "membership", summary: "A permanent member: a role and how many seats it holds.", keys: [
        KeySpec("role", .reference([.role]), "The role that holds the seat.", required: true),
        KeySpec("count", .integer(minimum: 1), "How many seats the role holds."),
        KeySpec("note", .text, "What the source says of these members."),
        KeySpec("seat", .choice(Seat.allCases.map(\.rawValue)), "The titled seat the role holds: vice-chair, ranking member, ex officio, …"),
        KeySpec("title", .text, "The seat's title in the source's own words."),
    ])

    /// A person who holds a post.
    public static let holder = ObjectSpec(name: "holder", summary: "A person who holds the post, for a time.", keys: [
        KeySpec("name", .text, "The person's name.", required: true),
        KeySpec("from", .date, "When the person took the post."),
        KeySpec("until", .date, "When the person left it."),
    ])

    /// A name a body carried before.
    public static let formerName = ObjectSpec(name: "formerName", summary: "A name the body carried before; it may repeat across bodies.", keys: [
        KeySpec("name", .text, "The name.", required: true),
        KeySpec("until", .date, "The last day the body carried it."),
    ])

    package static let kinds = EntitySchema<OwnKind>(
        name: "kind", summary: "A kind of body the model declares, behaving like a built-in kind.", isIndexed: false, fields: [
            .text("label", \.label, "The kind's name in the legend and in reports."),
            .choice("like", \.like, "The built-in kind it behaves like, for the rules and the drawing."),
        ], blank: { OwnKind(id: $0, label: "", like: .committee, location: $1) })

    package static let organisations = EntitySchema<Organisation>(
        name: "organisation", summary: "An organisation; diagrams draw it as a cluster.", fields: [
            .text("name", \.name, "The organisation's name."),
            .choice("kind", \.kind, "What sort of organisation it is."),
        ], blank: { Organisation(id: OrganisationID($0), name: "", kind: .other, location: $1) })

    package static let units = EntitySchema<Unit>(
        name: "unit", summary: "A staff function that can serve as a secretariat.", fields: [
            .text("name", \.name, "The unit's name."),
            .text("short", \.short, "A short form for diagrams."),
            .reference("organisation", \.organisation, to: .organisation, "The organisation the unit belongs to."),
        ], blank: { Unit(id: UnitID($0), name: "", short: nil, organisation: nil, location: $1) })

    package static let roles = EntitySchema<Role>(
        name: "role", summary: "A post; people are never named, only posts.", fields: [
            .text("title", \.title, "The post's title."),
            .reference("organisation", \.organisation, to: .organisation, "The organisation the post belongs to."),
            .reference("unit", \.unit, to: .unit, "The staff unit the post belongs to."),
            .text("note", \.note, "What the source says beyond the title."),
            .records("holders", \.holders, holder, "Who held the post, and when; optional, since naming people is a choice.",
                     make: { Holder(name: $0, from: $1, until: $2) }, parts: { ($0.name, $0.from, $0.until) }),
        ], blank: { Role(id: RoleID($0), title: "", organisation: nil, unit: nil, note: nil, location: $1) })

    /// The keys of a body that can change at a date (``BodyChange``), in the order a body entry lists them.
    package static let datedFields: [FieldBinding<Body>] = [
        .flag("joint", \.isJoint, "It answers to several bodies together (a joint committee), each listed under reportsTo."),
        .references("reportsTo", \.reportsTo, to: .body, "The body it reports to; several for a joint body (otherwise reported by the checker)."),
        .references("establishedBy", \.establishedBy, to: .body, "The body that set it up."),
        .references("anchoredIn", \.anchoredIn, to: .body, "The body it is politically anchored in."),
        .reference("chair", \.chair, to: .role, listKey: "coChairs", "The role that chairs it."),
        .references("coChairs", \.coChairs, to: .role, "The roles that chair it together (two or more)."),
        .references("secretariat", \.secretariat, to: [.unit, .organisation],
                    "The units or organisations that serve as its secretariat; several means a shared secretariat."),
        .members("members", \.members, "Its permanent members: role ids, or mappings with role, count and note."),
        .references("adHoc", \.adHoc, to: [.role, .body, .unit, .organisation], "Participants invited as needed."),
        .references("commissionedBy", \.commissionedBy, to: .body, "Bodies that may commission work from it."),
        .references("escalatesTo", \.escalatesTo, to: .body, "Bodies its binding decisions go to."),
        .references("counterpart", \.counterparts, to: .body, "Bodies that do the same work elsewhere."),
    ]

    /// A change to a body's relations from a date on.
    public static let change = ObjectSpec(
        name: "change", summary: "Changes to a body's relations from a date on; each key given replaces the body's value.",
        keys: [KeySpec("from", .date, "The first day the change holds.", required: true),
               KeySpec("source", .text, "The sentence of the source document the change comes from.")] + datedFields.map(\.key),
        conflicts: [("chair", "coChairs")])

    package static let bodies = EntitySchema<Body>(
        name: "body", summary: "A governance body and the relations its terms of reference give it.",
        conflicts: [("chair", "coChairs"), ("lapses", "successor")], fields: [
            .text("name", \.name, "The body's name."),
            .texts("aliases", \.aliases, "Other names the sources use now; references may use them."),
            .records("formerNames", \.formerNames, formerName, "Names it carried before; references may use one that no other body carried.",
                     make: { FormerName(name: $0, until: $2) }, parts: { ($0.name, nil, $0.until) }),
            .bodyKind("kind", \.kind, own: \.ownKind, "What sort of body it is: a built-in kind, or one of the model's own kinds."),
            .reference("organisation", \.organisation, to: .organisation, "The organisation the body belongs to; cross-sector bodies have none."),
            .flag("root", \.isRoot, "A declared authority (political or legal) that needs no reporting line."),
            .flag("external", \.isExternal, "A body outside the structure, named only for its relations; rules pass it by."),
            .count("count", \.count, "How many alike bodies the entry stands for, when the source names none of them."),
        ] + datedFields + [
            .validity("valid", \.validity, "The period in which it exists, or a list of periods for a body that stopped and started again."),
            .changes("changes", \.changes, "Changes to its relations that take effect on a date: each a `from` date and the keys that change."),
            .reference("successor", \.successor, to: .body, "The body that continues its duties when it ends."),
            .flag("lapses", \.lapses, "Its duties end with it; no successor is needed."),
            .earlierBodies("predecessors", \.predecessors, "Ids of the bodies merged into it; they may belong to an earlier version of the model."),
            .texts("formerly", \.formerly, "Ids it had in earlier versions of the model."),
            .text("cadence", \.cadence, "How often it meets.", suggesting: cadences),
            .date("review", \.review, "When its terms of reference are to be reviewed."),
            .text("source", \.source, "The sentence of the source document the entry comes from."),
            .text("note", \.note, "Anything else the source says."),
        ], blank: { Body(id: BodyID($0), name: "", kind: .forum, location: $1) })

    /// An own kind of body.
    public static var kind: ObjectSpec { kinds.spec }
    /// An organisation entry.
    public static var organisation: ObjectSpec { organisations.spec }
    /// A staff unit entry.
    public static var unit: ObjectSpec { units.spec }
    /// A role entry.
    public static var role: ObjectSpec { roles.spec }
    /// A body entry.
    public static var body: ObjectSpec { bodies.spec }

    /// The whole model file.
    public static let document = ObjectSpec(name: "model", summary: "A Mandate model: one governance structure.", keys: [
        KeySpec("mandate", .formatVersion, "The format version; write 1.", required: true),
        KeySpec("model", .identifier, "The model's id.", required: true),
        KeySpec("title", .text, "A title for reports and diagrams."),
        KeySpec("source", .text, "Where the facts come from."),
        KeySpec("owner", .text, "Who keeps the file: a team or an address. Findings in the file carry it, and `mandate check --owner` picks them."),
        KeySpec("date", .date, "The date the model describes; the default date of evaluation."),
        KeySpec("language", .choice(ModelLanguage.allCases.map(\.rawValue)), "The language of its diagrams and reports: da or en (English when not given)."),
        KeySpec("kinds", .entries(kind), "Kinds of body the model declares for itself, by id."),
        KeySpec("organisations", .entries(organisation), "Organisations, by id."),
        KeySpec("units", .entries(unit), "Staff units, by id."),
        KeySpec("roles", .entries(role), "Roles (posts), by id."),
        KeySpec("bodies", .entries(body), "Bodies, by id."),
    ])

    /// Whether `text` is a valid id: a letter or digit of any script first, then letters, digits, `-`, `_` or `.`.
    package static func isIdentifier(_ text: String) -> Bool {
        ModelDecoder.isValidIdentifier(text)
    }

    /// The section of the document that holds elements of `kind`.
    static func sectionKind(_ key: String) -> EntityKind? {
        EntityKind.allCases.first { $0.section == key }
    }
}

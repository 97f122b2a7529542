/// The model file format, described once: the loader checks keys against it, `mandate schema`
/// writes it as JSON Schema, and the documentation is drawn from it.
public enum ModelSchema {
    /// The current format version.
    public static let formatVersion = 1

    /// Meeting cadences that tools understand; any other text is kept as written.
    public static let cadences = ["weekly", "monthly", "quarterly", "yearly", "ad-hoc"]

    /// A body's validity period.
    public static let validity = ObjectSpec(name: "validity", summary: "The period in which a body exists, both ends inclusive.", keys: [
        KeySpec("from", .date, "The first day the body exists."),
        KeySpec("until", .date, "The last day the body exists."),
    ])

    /// A permanent member written as a mapping.
    public static let membership = ObjectSpec(name: "membership", summary: "A permanent member: a role and how many seats it holds.", keys: [
        KeySpec("role", .reference([.role]), "The role that holds the seat.", required: true),
        KeySpec("count", .integer(minimum: 1), "How many seats the role holds."),
        KeySpec("note", .text, "What the source says of these members."),
    ])

    /// An organisation entry.
    public static let organisation = ObjectSpec(name: "organisation", summary: "An organisation; diagrams draw it as a cluster.", keys: [
        KeySpec("name", .text, "The organisation's name.", required: true),
        KeySpec("kind", .choice(OrganisationKind.allCases.map(\.rawValue)), "What sort of organisation it is.", required: true),
    ])

    /// A staff unit entry.
    public static let unit = ObjectSpec(name: "unit", summary: "A staff function that can serve as a secretariat.", keys: [
        KeySpec("name", .text, "The unit's name.", required: true),
        KeySpec("short", .text, "A short form for diagrams."),
        KeySpec("organisation", .reference([.organisation]), "The organisation the unit belongs to."),
    ])

    /// A role entry.
    public static let role = ObjectSpec(name: "role", summary: "A post; people are never named, only posts.", keys: [
        KeySpec("title", .text, "The post's title.", required: true),
        KeySpec("organisation", .reference([.organisation]), "The organisation the post belongs to."),
        KeySpec("unit", .reference([.unit]), "The staff unit the post belongs to."),
        KeySpec("note", .text, "What the source says beyond the title."),
    ])

    /// A body entry.
    public static let body = ObjectSpec(name: "body", summary: "A governance body and the relations its terms of reference give it.", keys: [
        KeySpec("name", .text, "The body's name.", required: true),
        KeySpec("aliases", .texts, "Other names the sources use; references may use them."),
        KeySpec("kind", .choice(BodyKind.allCases.map(\.rawValue)), "What sort of body it is.", required: true),
        KeySpec("organisation", .reference([.organisation]), "The organisation the body belongs to; cross-sector bodies have none."),
        KeySpec("root", .boolean, "A declared authority (political or legal) that needs no reporting line."),
        KeySpec("external", .boolean, "A body outside the structure, named only for its relations; rules pass it by."),
        KeySpec("count", .integer(minimum: 1), "How many alike bodies the entry stands for, when the source names none of them."),
        KeySpec("reportsTo", .references([.body]), "The body it reports to (more than one is loaded, and reported by the checker)."),
        KeySpec("establishedBy", .references([.body]), "The body that set it up."),
        KeySpec("anchoredIn", .references([.body]), "The body it is politically anchored in."),
        KeySpec("chair", .reference([.role]), "The role that chairs it."),
        KeySpec("coChairs", .references([.role]), "The roles that chair it together (two or more)."),
        KeySpec("secretariat", .references([.unit, .organisation]), "The units or organisations that serve as its secretariat; several means a shared secretariat."),
        KeySpec("members", .members(membership), "Its permanent members: role ids, or mappings with role, count and note."),
        KeySpec("adHoc", .references([.role, .body, .unit, .organisation]), "Participants invited as needed."),
        KeySpec("commissionedBy", .references([.body]), "Bodies that may commission work from it."),
        KeySpec("escalatesTo", .references([.body]), "Bodies its binding decisions go to."),
        KeySpec("counterpart", .references([.body]), "Bodies that do the same work elsewhere."),
        KeySpec("valid", .object(validity), "The period in which it exists."),
        KeySpec("successor", .reference([.body]), "The body that continues its duties when it ends."),
        KeySpec("lapses", .boolean, "Its duties end with it; no successor is needed."),
        KeySpec("predecessors", .texts, "Ids of the bodies merged into it; they may belong to an earlier version of the model."),
        KeySpec("formerly", .texts, "Ids it had in earlier versions of the model."),
        KeySpec("cadence", .suggestedText(cadences), "How often it meets."),
        KeySpec("review", .date, "When its terms of reference are to be reviewed."),
        KeySpec("source", .text, "The sentence of the source document the entry comes from."),
        KeySpec("note", .text, "Anything else the source says."),
    ])

    /// The whole model file.
    public static let document = ObjectSpec(name: "model", summary: "A Mandate model: one governance structure.", keys: [
        KeySpec("mandate", .formatVersion, "The format version; write 1.", required: true),
        KeySpec("model", .identifier, "The model's id.", required: true),
        KeySpec("title", .text, "A title for reports and diagrams."),
        KeySpec("source", .text, "Where the facts come from."),
        KeySpec("date", .date, "The date the model describes; the default date of evaluation."),
        KeySpec("organisations", .entries(organisation), "Organisations, by id."),
        KeySpec("units", .entries(unit), "Staff units, by id."),
        KeySpec("roles", .entries(role), "Roles (posts), by id."),
        KeySpec("bodies", .entries(body), "Bodies, by id."),
    ])
}

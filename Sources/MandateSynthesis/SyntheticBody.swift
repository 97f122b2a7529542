/// One body of a synthetic model, as drawn before it is written out.
struct SyntheticBody: Sendable {
    var index: Int
    var name: String
    var kind: String
    var organisation: Int
    var isRoot: Bool
    var parents: [Int]
    var chair: Int
    var member: Int
    var memberCount: Int
    var unit: Int
    var cadence: String
    /// Whether it is declared a joint body of its several parents.
    var isJoint = false
    /// Dated changes, each a flow mapping such as `{from: 2026-06-02, reportsTo: b7}`.
    var changes: [String] = []

    /// The body as YAML under `bodies:`.
    var yaml: String { yaml(body: SyntheticModel.bodyID, shared: "") }

    /// The body as YAML under `bodies:`, naming other bodies through `body` and organisations, roles and
    /// units with `shared` before their ids (`shared/` in a workspace whose shared file declares them).
    func yaml(body: (Int) -> String, shared: String) -> String {
        var out = "  \(SyntheticModel.bodyID(index)):\n    name: \(name)\n    kind: \(kind)\n    organisation: \(shared)org\(organisation)\n"
        if isRoot { out += "    root: true\n" }
        if isJoint { out += "    joint: true\n" }
        switch parents.count {
        case 0: break
        case 1: out += "    reportsTo: \(body(parents[0]))\n"
        default: out += "    reportsTo: [\(parents.map(body).joined(separator: ", "))]\n"
        }
        out += "    chair: \(shared)role\(chair)\n    secretariat: [\(shared)unit\(unit)]\n"
        out += "    members:\n      - \(shared)role\(chair)\n      - {role: \(shared)role\(member), count: \(memberCount)}\n"
        out += "    cadence: \(cadence)\n"
        if !changes.isEmpty { out += "    changes:\n" + changes.map { "      - \($0)\n" }.joined() }
        out += "    source: \"Udvalg nr. \(index) nedsættes af og refererer til det overordnede organ.\"\n"
        return out
    }

    /// The body as YAML under `bodies:` with a short name and no organisation, cadence or source.
    var denseYAML: String {
        var out = "  \(SyntheticModel.bodyID(index)):\n    name: U\(index)\n    kind: \(kind)\n"
        if isRoot { out += "    root: true\n" }
        if !parents.isEmpty { out += "    reportsTo: [\(parents.map(SyntheticModel.bodyID).joined(separator: ", "))]\n" }
        return out + "    chair: role\(chair)\n    secretariat: [unit\(unit)]\n    members: [role\(chair), role\(member)]\n"
    }

    /// The body as a row of ``SyntheticModel/csv()``.
    var csvRow: String {
        let parents = parents.map(SyntheticModel.bodyID).joined(separator: ";")
        return "\(SyntheticModel.bodyID(index)),\"\(name)\",\(kind),\(isRoot ? "true" : ""),\(parents),role\(chair),org\(organisation),"
            + "role\(chair);role\(member),unit\(unit),\(cadence),\"Udvalg nr. \(index) nedsættes af og refererer til det overordnede organ.\"\r\n"
    }
}

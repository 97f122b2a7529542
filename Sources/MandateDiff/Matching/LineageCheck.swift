import MandateModel

/// The lineage a comparison cannot follow: `predecessors` and `formerly` ids of an unmatched body that name
/// a body in neither model (most likely typos, with the nearest id of either model), and names that several
/// unmatched bodies carry, so that they were not paired.
struct LineageCheck {
    let warnings: [DiffWarning]

    init(before: Model, after: Model, match: BodyMatch) {
        var warnings: [DiffWarning] = []
        let ids = before.bodies.map(\.id.rawValue) + after.bodies.map(\.id.rawValue)
        // Only a body left unmatched needed its lineage: elsewhere an id of an older version does no harm.
        let unmatched = Set(match.added + match.removed)
        for (model, other) in [(before, after), (after, before)] {
            for body in model.bodies where unmatched.contains(body.id) {
                let named = body.predecessors.map { ("predecessors", $0.value.rawValue, $0.location) }
                    + body.formerly.map { ("formerly", $0, body.location) }
                for (key, id, location) in named where model.body(BodyID(id)) == nil && other.body(BodyID(id)) == nil {
                    let hint = Suggestion.closest(to: id, in: ids).map { "did you mean '\($0)'?" }
                        ?? "name the id the body has in the other model, or remove it"
                    warnings.append(DiffWarning("'\(key)' of '\(body.name)' names '\(id)', which is a body in neither model", hint: hint, at: location))
                }
            }
        }
        for name in match.ambiguousNames {
            guard let body = after.bodies.first(where: { $0.name == name || $0.aliases.contains(name) })
                    ?? before.bodies.first(where: { $0.name == name || $0.aliases.contains(name) }) else { continue }
            warnings.append(DiffWarning("several bodies are named '\(name)', and their parents do not tell which is which; they are listed as removed and added",
                                        hint: "if one continues another, write `formerly: [its earlier id]` on it", at: body.location))
        }
        self.warnings = warnings.sorted()
    }
}

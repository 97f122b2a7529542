import MandateModel
import MandateReporting

/// A role's hover: its title, who holds it on the day the structure is read at, and where the post sits.
struct RoleCard {
    let role: Role
    let model: Model
    let day: Day

    var markdown: String {
        var lines = ["### " + MarkdownText.escape(role.title)]
        if let holder = role.holder(on: day) { lines.append(MarkdownText.escape(holder.name)) }
        let places = [role.organisation.map { EntityID.organisation($0.value) }, role.unit.map { EntityID.unit($0.value) }].compactMap { $0 }
        if !places.isEmpty { lines.append(places.map { MarkdownText.escape(model.displayName(of: $0)) }.joined(separator: " · ")) }
        return lines.joined(separator: "\n\n") + "\n"
    }
}

import Foundation
import MandateModel

/// No two bodies alive at the date under the same parent carry the same name.
struct UniqueNameRule: Rule {
    static let description = RuleDescription(
        identifier: "unique-name",
        name: "Unique name",
        summary: "No two bodies alive at the date of evaluation under the same parent carry the same name.",
        rationale: """
            Over the years several bodies may carry one name, and bodies under different parents may share one; but two \\
            bodies of one name side by side under one parent are most likely one body written twice, or a renamed body \\
            whose old entry was not ended. Names are compared without regard to case. Each body after the first of a \
            name under a parent gets one finding that names the first: three bodies of one name give two findings.
            """,
        defaultSeverity: .warning,
        triggeringExamples: [RuleExample("""
            mandate: 1
            model: twice
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              tilsyn: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
              ↓tilsyn2: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
            """), RuleExample("""
            mandate: 1
            model: three-times
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              tilsyn: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
              ↓tilsyn2: {name: TILSYNSGRUPPEN, kind: working-group, reportsTo: udvalg}
              ↓tilsyn3: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
            """)],
        nonTriggeringExamples: [RuleExample("""
            mandate: 1
            model: apart
            date: 2026-06-01
            bodies:
              udvalg: {name: Økonomiudvalget, kind: committee, root: true}
              teknik: {name: Teknik- og miljøudvalget, kind: committee, root: true}
              tilsyn: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg}
              tilsyn-teknik: {name: Tilsynsgruppen, kind: working-group, reportsTo: teknik}
              gammel: {name: Tilsynsgruppen, kind: working-group, reportsTo: udvalg, valid: {until: 2019-12-31}}
            """)])

    init(options: [String: Int]) {}

    func check(_ context: RuleContext) -> [Finding] {
        let bodies = context.model.bodies
        var reported = Set<Int>()
        var findings: [Finding] = []
        // Siblings are the checked bodies each parent has below it; a joint body is a sibling under each of its parents.
        for parent in bodies.indices where context.reportingChildren[parent].count > 1 {
            // Names are grouped by a hash that ignores case, so that no name is lower-cased but those that meet.
            var first: [Int: [Int]] = [:]
            for child in context.reportingChildren[parent] where context.isChecked[child] {
                let key = Self.caseFoldedHash(bodies[child].name)
                let name = bodies[child].name
                guard let earlier = first[key]?.first(where: { name.caseInsensitiveCompare(bodies[$0].name) == .orderedSame }) else {
                    first[key, default: []].append(child)
                    continue
                }
                guard reported.insert(child).inserted else { continue }
                findings.append(finding(.duplicateName(body: context.name(child), parent: context.name(parent), other: bodies[earlier].id.rawValue,
                                                       line: bodies[earlier].location.line),
                                        bodies: [bodies[child].id, bodies[earlier].id], at: bodies[child].location))
            }
        }
        return findings
    }

    /// A hash of `name` that is the same for names that differ only in case.
    private static func caseFoldedHash(_ name: String) -> Int {
        var hasher = Hasher()
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x100 {
                // Latin-1, Danish letters included: the capitals A–Z and À–Þ (but ×) are 32 below their small letters.
                let isCapital = (0x41...0x5A).contains(value) || (0xC0...0xDE).contains(value) && value != 0xD7
                hasher.combine(isCapital ? value + 32 : value)
            } else {
                for folded in scalar.properties.lowercaseMapping.unicodeScalars { hasher.combine(folded.value) }
            }
        }
        return hasher.finalize()
    }
}

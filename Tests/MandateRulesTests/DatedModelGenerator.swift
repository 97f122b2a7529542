import MandateSynthesis

/// Random models that change through time, as YAML: bodies in a forest with joint bodies, anchoring and
/// set-up lines, periods of validity, dated changes of reporting line, chair and secretariat, review dates,
/// cycles and duplicate names, all drawn on a handful of shared dates so that spans are many and short.
struct DatedModelGenerator {
    var random: SplitMix64
    let bodyCount: Int

    init(seed: UInt64, bodyCount: Int) {
        random = SplitMix64(seed: seed)
        self.bodyCount = bodyCount
    }

    private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
    private mutating func chance(_ percent: Int) -> Bool { pick(100) < percent }

    private static let dates = ["2025-01-01", "2025-07-01", "2026-01-01", "2026-03-31", "2026-04-01", "2026-12-31", "2027-01-01", "2027-02-01"]

    private mutating func date() -> String { Self.dates[pick(Self.dates.count)] }

    /// One model's YAML text.
    mutating func yaml() -> String {
        var text = "mandate: 1\nmodel: dated\nunits:\n  u0: {name: Sekretariat A}\n  u1: {name: Sekretariat B}\n"
        text += "roles:\n  r0: {title: Formand}\n  r1: {title: Direktør}\n  r2: {title: Næstformand}\nbodies:\n"
        for index in 0..<bodyCount {
            var fields = ["name: \(chance(5) ? "Samme navn" : "Organ \(index)")", "kind: \(index < 2 ? "political" : "committee")"]
            if index < 2 || chance(3) {
                fields.append("root: true")
            } else {
                let parent = pick(index)
                // A second line goes to another body: a list names each body once.
                let second = pick(index)
                fields.append(chance(8) && second != parent ? "reportsTo: [b\(parent), b\(second)]" : "reportsTo: b\(parent)")
                if chance(8) { fields.append("joint: true") }
                if chance(10) { fields.append("establishedBy: b\(pick(index))") }
            }
            if chance(4), index > 2 { fields.append("anchoredIn: b\(pick(bodyCount))") }
            if chance(70) { fields.append("chair: r\(pick(3))") }
            if chance(70) { fields.append("secretariat: u\(pick(2))") }
            if chance(30) {
                let (first, second) = (date(), date())
                fields.append(chance(50) ? "valid: {from: \(min(first, second)), until: \(max(first, second))}"
                                         : (chance(50) ? "valid: {until: \(first)}" : "valid: {from: \(first)}"))
                fields.append("lapses: true")
            }
            if chance(10) { fields.append("review: \(date())") }
            var changes: [String] = []
            for day in Set((0..<pick(3)).map { _ in date() }).sorted() {
                var keys = ["from: \(day)"]
                if index > 1, chance(60) { keys.append(chance(10) ? "reportsTo: []" : "reportsTo: b\(pick(bodyCount))") }
                if chance(30) {
                    keys.append(chance(30) ? "chair: null" : "chair: r\(pick(3))")
                } else if chance(15) {
                    keys.append("coChairs: [r0, r1]")
                }
                if chance(30) { keys.append(chance(30) ? "secretariat: []" : "secretariat: u\(pick(2))") }
                if keys.count > 1 { changes.append("{" + keys.joined(separator: ", ") + "}") }
            }
            if !changes.isEmpty { fields.append("changes: [\(changes.joined(separator: ", "))]") }
            text += "  b\(index): {\(fields.joined(separator: ", "))}\n"
        }
        return text
    }
}

import MandateModel

/// Where a structure split into sheets shows its joint bodies: each is drawn once, under the parent the
/// reporting tree hangs it from; every other parent's sheet shows it as a reference box that names the sheet
/// it is drawn on, and its own box names its other parents and their sheets.
struct JointReferences {
    private var referencesBySheet: [Int: [SheetReference]] = [:]
    private var notesBySheet: [Int: [BodyID: String]] = [:]

    /// The references of `view`'s joint bodies, given what each sheet draws (its bodies, and those of them folded).
    init(view: DiagramView, tree: ReportingTree, drawn: [(all: Set<Int>, folded: Set<Int>)]) {
        guard drawn.count > 1 else { return }
        let model = view.model
        let words = view.options.vocabulary
        let inView = Set(view.bodies)
        // The first sheet that draws a body, and the first that draws it with its children.
        func firstSheet(_ body: Int, unfolded: Bool) -> Int? {
            drawn.indices.first { drawn[$0].all.contains(body) && !(unfolded && drawn[$0].folded.contains(body)) }.map { $0 + 1 }
        }
        for body in view.bodies {
            let parents = model.bodies[body].reportsTo.compactMap { model.bodyPosition($0.value) }.filter { inView.contains($0) && $0 != body }
            guard parents.count > 1, let home = firstSheet(body, unfolded: false) else { continue }
            var elsewhere: [String] = []
            for parent in parents where parent != tree.parent[body] {
                guard let sheet = firstSheet(parent, unfolded: true), !drawn[sheet - 1].all.contains(body) else { continue }
                referencesBySheet[sheet, default: []].append(SheetReference(body: model.bodies[body].id, parent: model.bodies[parent].id, sheet: home))
                elsewhere.append(words.alsoReportsTo("'\(model.bodies[parent].name)'", sheet))
            }
            if !elsewhere.isEmpty { notesBySheet[home, default: [:]][model.bodies[body].id] = elsewhere.joined(separator: " · ") }
        }
    }

    /// The reference boxes sheet `number` draws.
    func references(on number: Int) -> [SheetReference] { referencesBySheet[number] ?? [] }

    /// The notes on the joint bodies sheet `number` draws: their other parents and the sheets those are on.
    func notes(on number: Int) -> [BodyID: String] { notesBySheet[number] ?? [:] }
}

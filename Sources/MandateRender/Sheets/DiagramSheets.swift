import MandateModel

/// A view divided into sheets that can be read: see ``SheetPlanner`` for how.
public struct DiagramSheets: Sendable {
    public let sheets: [Sheet]

    /// The sheets of `view` on the paper `options` name. Each sheet is laid out once by Graphviz while it is
    /// planned, to check that it fits.
    public init(view: DiagramView, options: SheetOptions = SheetOptions()) {
        let model = view.model
        let tree = ReportingTree(view: view)
        var boxes: [Int: PageSize] = [:]
        for position in view.bodies {
            let body = model.bodies[position]
            // A body with children may carry a note when it is folded or tops a sheet: room for one line.
            let note = tree.children[position] == nil ? nil : Self.widestNote
            boxes[position] = BodyLabel(body: body, view: view, note: note).estimatedSize(peripheries: NodeStyle.of(body.kind).peripheries)
        }
        let levels = tree.levels()
        let byHand = Set(options.collapseBelow.map { depth in view.bodies.filter { levels[$0] == depth && tree.children[$0] != nil } } ?? [])
        let organisations = Dictionary(uniqueKeysWithValues: view.bodies.map { ($0, model.bodies[$0].organisation?.value.rawValue ?? "") })
        let planner = SheetPlanner(tree: tree, boxes: boxes, organisations: organisations, options: options,
                                   chrome: view.options.showsLegend ? 120 : 40, foldedByHand: byHand) { planner, plan, paper in
            var notes: [BodyID: String] = [:]
            for part in plan.parts {
                notes[model.bodies[part.top].id] = Self.widestNote
                for body in planner.drawn(part, folded: plan.folded) where plan.folded.contains(body) { notes[model.bodies[body].id] = Self.widestNote }
            }
            let sheet = Self.sheet(plan, planner: planner, view: view, number: 1, count: 2, notes: notes, paper: paper)
            return try? GraphvizRenderer.shared.naturalSize(dot: DOTWriter.write(sheet), engine: view.options.engine)
        }
        let plans = planner.plan()

        // Which sheets each body tops, in order, and on which sheet each folded body stands.
        var topped: [Int: [Int]] = [:]
        var foldedOn: [Int: Int] = [:]
        for (index, plan) in plans.enumerated() {
            for part in plan.parts {
                topped[part.top, default: []].append(index + 1)
                for body in planner.drawn(part, folded: plan.folded) where plan.folded.contains(body) { foldedOn[body] = index + 1 }
            }
        }
        let words = view.options.vocabulary
        let joints = JointReferences(view: view, tree: tree, drawn: plans.map { plan in
            (all: Set(plan.parts.flatMap { planner.drawn($0, folded: plan.folded) }), folded: plan.folded)
        })
        sheets = plans.enumerated().map { index, plan in
            let number = index + 1
            var notes: [BodyID: String] = [:]
            for part in plan.parts {
                for body in planner.drawn(part, folded: plan.folded) where plan.folded.contains(body) {
                    notes[model.bodies[body].id] = words.below(tree.descendantCount(of: body)) + " → " + words.sheets(topped[body] ?? [])
                }
                var note: [String] = []
                if let from = foldedOn[part.top] { note.append(words.fromSheet(from)) }
                let runs = topped[part.top] ?? []
                if let position = runs.firstIndex(of: number) {
                    if position > 0 { note.append(words.continuedFrom(runs[position - 1])) }
                    if position + 1 < runs.count { note.append(words.continuesOn(runs[position + 1])) }
                }
                if !note.isEmpty { notes[model.bodies[part.top].id] = note.joined(separator: " · ") }
            }
            for (body, note) in joints.notes(on: number) { notes[body] = [notes[body], note].compactMap { $0 }.joined(separator: " · ") }
            return Self.sheet(plan, planner: planner, view: view, number: number, count: plans.count, notes: notes, paper: plan.paper,
                              references: joints.references(on: number))
        }
    }

    /// The longest note a box may carry, for estimates and measurements before the sheets are numbered.
    private static let widestNote = "999 bodies below → sheets 999–999"

    /// The sheet a plan draws: its part of the view on `paper` (by default the page the estimates prefer),
    /// its trees in rows.
    private static func sheet(_ plan: SheetPlanner.Plan, planner: SheetPlanner, view: DiagramView, number: Int, count: Int,
                              notes: [BodyID: String], paper: PageSize?, references: [SheetReference] = []) -> Sheet {
        let drawn = plan.parts.flatMap { planner.drawn($0, folded: plan.folded) }
        let paper = paper ?? planner.page(for: plan.parts, folded: plan.folded, fittingOnly: false, slack: plan.slack)
        let layout = planner.layout(plan.parts, folded: plan.folded, on: paper, slack: plan.slack)
        // With part of the structure on a sheet the boxes name their secretariats; units beside them would crowd it.
        return Sheet(number: number, count: count, view: view.restricted(to: drawn, withUnits: drawn.count == view.bodies.count), notes: notes,
                     paper: paper, rows: layout.rows.map { $0.map { view.model.bodies[plan.parts[$0].top].id } }, rowRanks: layout.rowRanks,
                     references: references)
    }
}

import MandateDiff
import MandateModel

/// One picture of a reorganisation: the after model with the bodies and lines that are gone drawn as
/// removed, new ones as added, changed bodies marked, old reporting lines next to the new ones, and merges
/// and splits as "became" lines. By default it draws only what changed and its context: each marked body,
/// the bodies at both ends of each marked line, and the bodies the marked ones report to.
package struct DiffDiagram: Sendable {
    public let report: DiffReport
    /// Whether to draw the whole structure rather than what changed and its context.
    public let showsEverything: Bool
    /// The language of the labels: the after model's, unless another is given.
    public let language: ModelLanguage
    /// The title to draw instead of "before → after".
    public let title: String?

    /// Creates the diagram of a comparison.
    public init(report: DiffReport, showsEverything: Bool = false, language: ModelLanguage? = nil, title: String? = nil) {
        self.report = report
        self.title = title
        self.showsEverything = showsEverything
        self.language = language ?? report.after.language ?? .en
    }

    /// The diagram as DOT, on one sheet.
    public var dot: String {
        DOTWriter.write(view)
    }

    /// What the diagram draws, ready to be divided into sheets (``DiagramSheets``).
    public var view: DiagramView {
        let whole = markedView
        guard !showsEverything else { return whole }
        let model = whole.model
        var names = Set(whole.marks.nodes.keys)
        for edge in whole.edges where whole.marks.mark(of: edge) != nil { names.formUnion([edge.from, edge.to]) }
        for (edge, _) in whole.marks.extraEdges { names.formUnion([edge.from, edge.to]) }
        for name in Array(names) {
            guard let position = model.bodyPosition(BodyID(name)) else { continue }
            names.formUnion(model.bodies[position].reportsTo.map(\.value.rawValue))
        }
        return whole.restricted(to: names.compactMap { model.bodyPosition(BodyID($0)) })
    }

    /// The whole union model, marked.
    private var markedView: DiagramView {
        let union = unionModel
        let options = DiagramOptions(language: language)
        let plain = DiagramView(model: union, options: options)!
        var marks = DiagramMarks()
        let match = report.match
        let goneBodies = goneBefore
        for id in goneBodies { marks.nodes[id.rawValue] = .removed }
        let newBodies = Set(report.changes.filter { $0.kind == .added || $0.kind == .started }.map(\.body)
                            + match.merges.map(\.into).filter { match.beforeOf[$0] == nil }
                            + match.splits.flatMap(\.into).filter { match.beforeOf[$0] == nil })
        for id in newBodies { marks.nodes[id.rawValue] = .added }
        for change in report.changes where change.kind > .ended && marks.nodes[change.body.rawValue] == nil {
            marks.nodes[change.body.rawValue] = .changed
        }
        let moved = Dictionary(report.changes.filter { $0.kind == .moved }.map { ($0.body, $0) }, uniquingKeysWith: { first, _ in first })
        for edge in plain.edges {
            if newBodies.contains(BodyID(edge.from)) || newBodies.contains(BodyID(edge.to)) {
                marks.edges[edge] = .added
            } else if edge.relation == .reportsTo, let change = moved[BodyID(edge.from)], !change.old.contains(edge.to) {
                marks.edges[edge] = .added
            }
        }
        for change in moved.values.sorted(by: { $0.order < $1.order }) {
            for old in change.old where !change.new.contains(old) {
                marks.extraEdges.append((DiagramEdge(from: change.body.rawValue, to: old, relation: .reportsTo), .removed))
            }
        }
        for id in goneBodies {
            for parent in report.before.body(id)?.reportsTo ?? [] {
                let target = match.destination(of: parent.value) ?? parent.value
                marks.extraEdges.append((DiagramEdge(from: id.rawValue, to: target.rawValue, relation: .reportsTo), .removed))
            }
        }
        for merge in match.merges {
            for source in merge.from where source != match.beforeOf[merge.into] {
                marks.extraEdges.append((DiagramEdge(from: source.rawValue, to: merge.into.rawValue, relation: .became), .changed))
            }
        }
        for split in match.splits {
            for target in split.into where target != match.afterOf[split.from] {
                let source = match.afterOf[split.from] ?? split.from
                marks.extraEdges.append((DiagramEdge(from: source.rawValue, to: target.rawValue, relation: .became), .changed))
            }
        }
        return DiagramView(model: union, options: options, marks: marks)!
    }

    /// Before bodies with no living body of their own after, each side at its date: removed, ended, merged
    /// into another, or split away.
    private var goneBefore: [BodyID] {
        let match = report.match
        let ended = Set(report.changes.filter { $0.kind == .ended }.map(\.body))
        return report.before.bodies.filter { $0.isActive(on: report.beforeDate) }.map(\.id)
            .filter { match.afterOf[$0] == nil || ended.contains(match.afterOf[$0]!) }
    }

    /// The after model plus the bodies (and the organisations, units and roles) that only the before model has.
    private var unionModel: Model {
        let before = report.before
        let after = report.after
        let gone = Set(goneBefore)
        // Gone bodies are drawn as they were; the view draws none of a removed body's relations but the
        // old reporting lines marked above.
        let oldBodies = before.bodies.filter { gone.contains($0.id) && after.body($0.id)?.isActive(on: report.afterDate) != true }
        let title = self.title ?? "\(before.title ?? before.id) → \(after.title ?? after.id)"
        return Model(id: "\(before.id)-to-\(after.id)", title: title, language: after.language, file: after.file,
                     organisations: after.organisations + before.organisations.filter { after.organisation($0.id) == nil },
                     units: after.units + before.units.filter { after.unit($0.id) == nil },
                     roles: after.roles + before.roles.filter { after.role($0.id) == nil },
                     bodies: after.bodies.filter { $0.isActive(on: report.afterDate) } + oldBodies)
    }
}

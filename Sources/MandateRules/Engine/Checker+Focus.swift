import MandateModel

/// Checking only what the findings about some bodies need: an editor shows the findings of the files it has open,
/// and a structure of 100,000 bodies need not be checked whole for the sixty in one file.
extension Checker {
    /// The report of `model` at `date` with the findings about the bodies at `focus` (positions in ``Model/bodies``)
    /// alone, as a whole check gives them, from a check of only the part of the structure those findings need (the
    /// same part ``TimelineChecker`` checks on a date). Waivers are applied, and the findings about them made, over
    /// the whole model.
    public func check(_ model: Model, at date: EvaluationDate, about focus: Set<Int>) -> CheckReport {
        guard focus.count < model.bodies.count else { return check(model, at: date) }
        let part = FocusPart(model: model, focus: focus)
        var found = findings(in: RuleContext(model: model.keepingBodies(at: part.positions()), date: date.day))
        // A finding that counts what lies below its body (a cut-off body and what it takes along) needs all of it.
        var counting = Set<String>()
        for rule in rules where rule.countsSubtree { counting.insert(rule.description.identifier) }
        let subtrees = found.filter { counting.contains($0.rule) && part.isAbout($0) }.compactMap { $0.bodies.first.flatMap(model.bodyPosition) }
        if !subtrees.isEmpty { found = findings(in: RuleContext(model: model.keepingBodies(at: part.positions(below: subtrees)), date: date.day)) }
        return report(found.filter { part.isAbout($0) }, model: model, date: date.day, dateSource: date.source)
    }
}

import MandateDiff
import MandateModel

/// A model drawn at each of several dates, in order: the first date's structure as it stands, then each
/// later date's with what changed since the date before marked, as in a comparison. Each date has its own
/// sheets, titled with the date.
package struct MilestoneSheets: Sendable {
    public let sheets: [Sheet]

    /// The sheets of `model` at `dates` (ascending; the first sheet's subtitle gives its date, the others' titles theirs), drawn with `options` (whose date and focus are not used)
    /// on the paper `sheetOptions` name.
    public init(model: Model, dates: [Day], options: DiagramOptions, sheetOptions: SheetOptions = SheetOptions()) {
        let words = options.vocabulary
        let title = model.title ?? model.id
        var sheets: [Sheet] = []
        for (index, day) in dates.enumerated() {
            let view: DiagramView
            if index == 0 {
                var first = options
                (first.date, first.focus) = (day, nil)
                view = DiagramView(model: model, options: first)!
            } else {
                let report = Differ().compare(model, model, beforeDate: dates[index - 1], afterDate: day)
                view = DiffDiagram(report: report, showsEverything: true, language: options.language,
                                   title: "\(title) · \(words.at(day)) · \(words.changesSince(dates[index - 1]))").view
            }
            sheets += DiagramSheets(view: view, options: sheetOptions).sheets
        }
        self.sheets = sheets
    }
}

import Foundation
import ArgumentParser
import MandateModel
import MandateReporting
import MandateRender
import MandateRules

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a model as an organisation diagram through Graphviz.",
        discussion: """
        The diagram is laid out and rendered in-process by Graphviz's library. Bodies are drawn by kind, \
        relations by style, organisations as clusters, with a legend. With --at, bodies outside their validity \
        at that date are greyed (default: the model's date, if it has one).

        Nothing is drawn too small to read: a structure that does not fit the page (--page, default A4) at a \
        legible size is divided into sheets by its structure. The first sheet is an overview of the top levels, \
        in which each large subtree is one box ("12 bodies below → sheet 4"); each such subtree has a sheet of \
        its own, whose top box says where it comes from. A parent's leaves are stacked in a few columns. A PDF \
        holds every sheet as a page; SVG, PNG and DOT are written one file per sheet: out.svg, out-2.svg, \
        out-3.svg, …; --sheet N writes only sheet N. Files are written atomically: all sheets or none, and a \
        failed run leaves any earlier file untouched.

        Exit codes: 0 written; 2 the model, the options or Graphviz failed.
        """)

    @Argument(help: "A model file (.yaml, .yml, .json or .csv), a folder that holds one, - or REV:PATH.",
              completion: .file(extensions: ModelArguments.extensions))
    var model: String

    @Option(help: "The format of a model read from standard input: yaml, json or csv.")
    var inputFormat: ModelFormat?

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; '-' for standard output.", valueName: "file"),
            completion: .file(extensions: RenderFormat.allCases.map(\.rawValue)))
    var output: String

    @Option(help: "svg, png, pdf or dot (default: from the output file's extension).")
    var format: RenderFormat?

    @Option(help: "full (every relation) or reporting (an organisation chart).")
    var view: DiagramScope = .full

    @Option(help: ArgumentHelp("Draw only this body and its neighbourhood.", valueName: "body-id"),
            completion: .custom { words, _, prefix in Completions.bodies(in: words, prefix: prefix) })
    var focus: String?

    @Option(help: "With --focus: how many relations away from it to draw.")
    var depth = 1

    @Option(help: ArgumentHelp("Draw the structure as it stands at this date, greying bodies not active then; several dates, "
                               + "comma-separated and ascending, draw a sheet per date with what changed since the date before marked.",
                               valueName: "YYYY-MM-DD[,…]"))
    var at: String?

    @Flag(help: "Draw a sheet per date on which the model changes (see `mandate timeline`), and one before the first.")
    var milestones = false

    @Option(help: "TB, LR, BT or RL.")
    var direction: LayoutDirection = .TB

    @Option(help: "dot, neato, fdp, sfdp, circo or twopi.")
    var engine: LayoutEngine = .dot

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    @Option(help: "The paper each sheet must fit: a4, a3, letter, or none (one sheet at natural size).")
    var page: Paper = .a4

    @Option(help: "auto (each sheet as it fits best), portrait or landscape.")
    var orientation: Orientation = .auto

    @Option(help: ArgumentHelp("Fold the levels below this one (roots are level 1; at least 2) into summary boxes; each folded subtree gets sheets of its own.", valueName: "depth"))
    var collapseBelow: Int?

    @Option(help: ArgumentHelp("Write only this sheet (from 1).", valueName: "n"))
    var sheet: Int?

    @Option(help: "Dots per inch of a PNG (default 96).")
    var dpi: Int?

    @Option(help: "The boxes around groups of bodies: organisation, or file (each file of a workspace, with its owner).")
    var cluster: DiagramClusters = .organisation

    @Option(help: "The language of labels and legend: da or en (default: the model's language:, else en).")
    var language: ModelLanguage?

    func validate() throws {
        for date in at.map({ $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }) ?? [] where Day(date) == nil {
            throw ValidationError("--at '\(date)' is not a date; write YYYY-MM-DD, for example 2027-01-01, or several: 2026-01-01,2027-01-01")
        }
        let dates = atDates
        if zip(dates, dates.dropFirst()).contains(where: { $0 >= $1 }) {
            throw ValidationError("--at takes dates in ascending order, each once: \(dates.map(\.description).joined(separator: ","))")
        }
        if milestones, at != nil { throw ValidationError("give --at or --milestones, not both") }
        if (milestones || dates.count > 1), focus != nil { throw ValidationError("--focus draws one date; leave it out with several dates or --milestones") }
        if format == nil, output == "-" || RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)'; name it .svg, .png, .pdf or .dot, or give --format")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if let collapseBelow, collapseBelow < 2 {
            throw ValidationError("--collapse-below must be 2 or more: roots are level 1, and a sheet shows at least a top and its children")
        }
        if let sheet, sheet < 1 { throw ValidationError("--sheet counts from 1") }
        if let dpi, !(10...1200).contains(dpi) { throw ValidationError("--dpi must be between 10 and 1200") }
    }

    func run() throws {
        let loaded: Model
        switch ModelInputs([model], inputFormat: inputFormat).single() {
        case .success(let one): loaded = one
        case .failure(let failure):
            StandardError.print(failure.description)
            throw ExitCode(ExitStatus.unusableInput)
        }
        var options = DiagramOptions(scope: view, focus: focus.map { BodyID($0) }, depth: depth,
                                     date: atDates.first ?? loaded.date, direction: direction, showsLegend: !noLegend, engine: engine,
                                     language: language ?? loaded.language ?? .en)
        options.clusters = cluster
        guard let diagramView = DiagramView(model: loaded, options: options) else {
            let suggestion = Suggestion.closest(to: focus ?? "", in: loaded.bodies.map(\.id.rawValue))
            StandardError.print("error: --focus '\(focus ?? "")' names no body in \(model)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            throw ExitCode(ExitStatus.unusableInput)
        }
        let sheetOptions = SheetOptions(paper: page, orientation: orientation, collapseBelow: collapseBelow)
        var dates = atDates
        if milestones {
            let changes = TimelineChecker().changeDates(of: loaded)
            dates = (changes.first?.previous.map { [$0] } ?? []) + changes
        }
        let sheets = dates.count > 1 ? MilestoneSheets(model: loaded, dates: dates, options: options, sheetOptions: sheetOptions).sheets
            : DiagramSheets(view: diagramView, options: sheetOptions).sheets
        let chosen = format ?? RenderFormat(path: output) ?? .svg
        try DiagramOutput(sheets: sheets, format: chosen, engine: engine, dpi: dpi, only: sheet).write(to: output, protecting: [model])
    }

    /// The dates `--at` names, in the order given.
    private var atDates: [Day] {
        at.map { $0.split(separator: ",").compactMap { Day(String($0)) } } ?? []
    }
}

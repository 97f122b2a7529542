import Foundation
import ArgumentParser
import MandateModel
import MandateRender

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a model as an organisation diagram through Graphviz.",
        discussion: """
        The diagram is laid out and rendered in-process by Graphviz's library. Bodies are drawn by kind, \
        relations by style, organisations as clusters, with a legend. With --at, bodies outside their validity \
        at that date are greyed (default: the model's date, if it has one). The output file is written \
        atomically: a failed run leaves any earlier file untouched.

        Exit codes: 0 written; 2 the model, the options or Graphviz failed.
        """)

    @Argument(help: "A model file (.yaml, .yml, .json or .csv).")
    var model: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; '-' for standard output.", valueName: "file"))
    var output: String

    @Option(help: "svg, png, pdf or dot (default: from the output file's extension).")
    var format: RenderFormat?

    @Option(help: "full (every relation) or reporting (an organisation chart).")
    var view: DiagramScope = .full

    @Option(help: ArgumentHelp("Draw only this body and its neighbourhood.", valueName: "body-id"))
    var focus: String?

    @Option(help: "With --focus: how many relations away from it to draw.")
    var depth = 1

    @Option(help: ArgumentHelp("Grey the bodies not active at this date.", valueName: "YYYY-MM-DD"))
    var at: String?

    @Option(help: "TB, LR, BT or RL.")
    var direction: LayoutDirection = .TB

    @Option(help: "dot, neato, fdp, sfdp, circo or twopi.")
    var engine: LayoutEngine = .dot

    @Flag(help: "Leave out the legend.")
    var noLegend = false

    func validate() throws {
        if let at, Day(at) == nil { throw ValidationError("--at '\(at)' is not a date; write YYYY-MM-DD, for example 2027-01-01") }
        if format == nil, output == "-" || RenderFormat(path: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)'; name it .svg, .png, .pdf or .dot, or give --format")
        }
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func run() throws {
        let loaded: Model
        do {
            loaded = try ModelLoader.load(file: model)
        } catch {
            StandardError.print(error.description)
            throw ExitCode(ExitStatus.unusableInput)
        }
        let options = DiagramOptions(scope: view, focus: focus.map { BodyID($0) }, depth: depth,
                                     date: at.flatMap { Day($0) } ?? loaded.date, direction: direction, showsLegend: !noLegend, engine: engine)
        guard let diagramView = DiagramView(model: loaded, options: options) else {
            let suggestion = Suggestion.closest(to: focus ?? "", in: loaded.bodies.map(\.id.rawValue))
            StandardError.print("error: --focus '\(focus ?? "")' names no body in \(model)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
            throw ExitCode(ExitStatus.unusableInput)
        }
        let dot = DOTWriter.write(diagramView)
        let chosen = format ?? RenderFormat(path: output) ?? .svg
        do {
            let bytes = try GraphvizRenderer.shared.render(dot: dot, format: chosen, engine: engine)
            if output == "-" {
                FileHandle.standardOutput.write(Data(bytes))
            } else {
                try AtomicFile.write(bytes, to: output, protecting: [model])
            }
        } catch {
            StandardError.print("\(error)")
            throw ExitCode(ExitStatus.unusableInput)
        }
    }
}

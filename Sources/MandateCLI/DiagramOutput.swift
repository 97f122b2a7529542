import ArgumentParser
import Foundation
import MandateRender

/// Writes a diagram's sheets where the user asked: PDF as one document with a page per sheet; SVG, PNG and
/// DOT as one file per sheet, `out.svg`, `out-2.svg`, `out-3.svg`, …; or the one sheet `--sheet` picks.
/// Every file is rendered before any is written, and all are renamed into place together.
struct DiagramOutput {
    let sheets: [Sheet]
    let format: RenderFormat
    let engine: LayoutEngine
    let dpi: Int?
    /// Only this sheet, counted from 1.
    let only: Int?

    /// The file for sheet `number` (from 1) when `output` names the first.
    static func path(_ output: String, sheet number: Int) -> String {
        guard number > 1 else { return output }
        let name = (output as NSString).lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return output + "-\(number)" }
        let folder = String(output.dropLast(name.count))
        return folder + name[..<dot] + "-\(number)" + name[dot...]
    }

    /// Renders and writes; prints what went wrong and throws the exit code on failure.
    func write(to output: String, protecting inputs: [String]) throws {
        if let only, !(1...sheets.count).contains(only) {
            StandardError.print("error: --sheet \(only) names no sheet: the diagram has \(sheets.count) sheet\(sheets.count == 1 ? "" : "s")")
            throw ExitCode(ExitStatus.unusableInput)
        }
        let chosen = only.map { [sheets[$0 - 1]] } ?? sheets
        // A stream takes one document: a PDF of every sheet, or one sheet; never files beside it.
        if format != .pdf, chosen.count > 1, OutputFile.isStream(output) {
            let target = output == "-" ? "standard output" : "'\(output)', which is not a regular file,"
            StandardError.print("error: the diagram has \(chosen.count) sheets, and \(target) takes one; pick one with --sheet N, "
                                + "write them to a folder (-o out/diagram.\(format.rawValue)), or write a PDF")
            throw ExitCode(ExitStatus.unusableInput)
        }
        do {
            let files = try GraphvizRenderer.shared.render(chosen, format: format, engine: engine, dpi: dpi)
            if output == "-" {
                FileHandle.standardOutput.write(Data(files[0]))
                return
            }
            let targets = files.indices.map { Self.path(output, sheet: $0 + 1) }
            try OutputFile.write(Array(zip(targets, files)), protecting: inputs)
            if files.count > 1 { StandardError.print("wrote \(files.count) sheets: \(targets.joined(separator: ", "))") }
        } catch {
            StandardError.print("\(error)")
            throw ExitCode(ExitStatus.unusableInput)
        }
    }
}

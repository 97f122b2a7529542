import Foundation
import MandateModel
import MandateRender

/// Paths and helpers shared by the rendering tests.
enum RenderTestSupport {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The names (without extension) of the models in `Models/`.
    static let modelNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: packageRoot.appendingPathComponent("Models").path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    static func model(_ name: String) throws -> Model {
        try ModelLoader.load(file: packageRoot.appendingPathComponent("Models/\(name).yaml").path)
    }

    /// The DOT of each sheet of a model, with the default options `mandate render` uses: the model's own date,
    /// if any, on A4 sheets.
    static func dots(_ model: Model, options: DiagramOptions? = nil) -> [String] {
        DiagramSheets(view: DiagramView(model: model, options: options ?? DiagramOptions(date: model.date))!).sheets.map { DOTWriter.write($0) }
    }

    /// The DOT of a model's first sheet, with the default options; every model in `Models/` draws on one sheet
    /// (a test checks).
    static func dot(_ model: Model, options: DiagramOptions? = nil) -> String {
        dots(model, options: options)[0]
    }

    /// Runs Graphviz's `dot` program on `input` and returns what it prints.
    static func runDot(_ arguments: [String], input: String) throws -> (status: Int32, output: [UInt8]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot"] + arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let writer = Thread {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, [UInt8](output))
    }
}

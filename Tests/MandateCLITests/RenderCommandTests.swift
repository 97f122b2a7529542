import Foundation
import Testing
@testable import MandateCLI
import MandateModel
import MandateRender
import MandateSynthesis

@Suite("mandate render, end to end")
struct RenderCommandTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("for every model, the SVG mandate writes equals `dot -Tsvg` of the DOT mandate writes",
          arguments: ["midtjylland-udvalg-after", "midtjylland-udvalg-before", "national-integration-after", "national-integration-before",
                      "region-midtjylland-psykiatriforum", "region-sjaelland-integrationsforum", "sjaelland-hospital-after",
                      "sjaelland-hospital-before"])
    func svgEqualsDot(model: String) throws {
        let folder = try temporaryFolder()
        let svg = folder.appendingPathComponent("\(model).svg").path
        let dot = folder.appendingPathComponent("\(model).dot").path
        #expect(try MandateBinary.run(["render", "Models/\(model).yaml", "-o", svg]).status == 0)
        #expect(try MandateBinary.run(["render", "Models/\(model).yaml", "-o", dot]).status == 0)
        let reference = Process()
        reference.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        reference.arguments = ["dot", "-Tsvg", dot]
        let pipe = Pipe()
        reference.standardOutput = pipe
        try reference.run()
        let expected = pipe.fileHandleForReading.readDataToEndOfFile()
        reference.waitUntilExit()
        #expect(try Data(contentsOf: URL(fileURLWithPath: svg)) == expected)
    }

    @Test("the format comes from the extension or --format; PNG, PDF and DOT are what they say")
    func formats() throws {
        let folder = try temporaryFolder()
        for (name, magic) in [("a.png", [0x89, 0x50, 0x4E, 0x47]), ("a.pdf", Array("%PDF".utf8)), ("a.dot", Array("digraph".utf8)),
                              ("a.svg", Array("<?xml".utf8))] as [(String, [UInt8])] {
            let path = folder.appendingPathComponent(name).path
            #expect(try MandateBinary.run(["render", "Models/national-integration-after.yaml", "-o", path]).status == 0)
            #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))).starts(with: magic), "\(name)")
        }
        let stdout = try MandateBinary.run(["render", "Models/national-integration-after.yaml", "-o", "-", "--format", "dot"])
        #expect(stdout.status == 0 && stdout.standardOutput.hasPrefix("digraph \"national-integration-after\" {"))
        let unknown = try MandateBinary.run(["render", "Models/national-integration-after.yaml", "-o", folder.appendingPathComponent("a.txt").path])
        #expect(unknown.status == 2 && unknown.standardError.contains("cannot tell the format of"))
    }

    @Test("a failed render leaves the earlier file as it was")
    func failureKeepsEarlierFile() throws {
        let folder = try temporaryFolder()
        let output = folder.appendingPathComponent("diagram.svg")
        try Data("earlier diagram".utf8).write(to: output)
        let badFocus = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "-o", output.path,
                                              "--focus", "integrationsfroum"])
        #expect(badFocus.status == 2)
        #expect(badFocus.standardError == "error: --focus 'integrationsfroum' names no body in Models/region-sjaelland-integrationsforum.yaml; did you mean 'integrationsforum'?\n")
        let badModel = try MandateBinary.run(["render", "Tests/Fixtures/load-errors/five-errors.yaml", "-o", output.path])
        #expect(badModel.status == 2)
        #expect(try String(contentsOf: output, encoding: .utf8) == "earlier diagram")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["diagram.svg"], "no temporary file left behind")
    }

    @Test("mandate refuses to write a diagram over the model it reads")
    func refusesToOverwriteInput() throws {
        let folder = try temporaryFolder()
        let model = folder.appendingPathComponent("model.yaml")
        try FileManager.default.copyItem(at: MandateBinary.packageRoot.appendingPathComponent("Models/national-integration-after.yaml"), to: model)
        let before = try Data(contentsOf: model)
        let run = try MandateBinary.run(["render", model.path, "-o", model.path, "--format", "svg"])
        #expect(run.status == 2 && run.standardError.contains("refusing to write over the model"))
        #expect(try Data(contentsOf: model) == before)
    }

    @Test("views: an organisation chart, a focus, and a date")
    func views() throws {
        let chart = try MandateBinary.run(["render", "Models/region-midtjylland-psykiatriforum.yaml", "--view", "reporting", "-o", "-", "--format", "dot"])
        #expect(!chart.standardOutput.contains("escalates") && chart.standardOutput.contains("anchored in"))
        let focus = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "--focus", "arbejdsgruppe-integration",
                                           "-o", "-", "--format", "dot", "--direction", "LR"])
        #expect(focus.standardOutput.contains("rankdir=LR") && !focus.standardOutput.contains("\"driftsmoedet\" ["))
        let dated = try MandateBinary.run(["render", "Models/region-sjaelland-integrationsforum.yaml", "--at", "2027-01-01", "-o", "-", "--format", "dot"])
        #expect(dated.standardOutput.contains("at 2027-01-01") && dated.standardOutput.contains("grey: not active on 2027-01-01"))
        let neato = try MandateBinary.run(["render", "Models/national-integration-after.yaml", "--engine", "neato", "-o", "-", "--format", "svg"])
        #expect(neato.status == 0 && neato.standardOutput.contains("<svg"))
    }
}

@Suite("An interrupted render")
struct InterruptedRenderTests {
    private struct Fault: Error {}

    @Test("a write that fails between layout and rename leaves the earlier file as it was, and no temporary file")
    func faultBeforeRename() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mandate-fault-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let output = folder.appendingPathComponent("diagram.svg")
        try Data("earlier diagram".utf8).write(to: output)
        let model = try ModelLoader.load(file: "Models/region-sjaelland-integrationsforum.yaml")
        let svg = try GraphvizRenderer.shared.render(dot: DOTWriter.write(DiagramView(model: model, options: DiagramOptions())!), format: .svg)

        #expect(throws: OutputFile.Failure.self) {
            try OutputFile.write(svg, to: output.path, protecting: [], beforeRename: { throw Fault() })
        }
        #expect(try String(contentsOf: output, encoding: .utf8) == "earlier diagram")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["diagram.svg"])

        try OutputFile.write(svg, to: output.path, protecting: [])
        #expect(try [UInt8](Data(contentsOf: output)) == svg, "without the fault the new diagram replaces the earlier one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["diagram.svg"])
    }
}

import ArgumentParser
import Foundation
import MandateSynthesis

/// Writes a synthetic model file, optionally with planted defects and a changed copy.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "generate", abstract: "Write a synthetic model file.")

    @Argument(help: "How many bodies (at least 10).")
    var bodies: Int
    @Argument(help: "The YAML file to write (with --workspace, the folder).")
    var file: String
    @Option(help: "The random seed.")
    var seed = 1
    @Option(help: "How much each body says: typical or dense.")
    var shape: SyntheticShape = .typical
    @Option(help: "How the bodies hang together: random, wide (2 roots of 50 children, up to 28 under each) or flat (one root).")
    var tree = "random"
    @Option(help: "Cycles of three bodies to plant.")
    var cycles = 0
    @Option(help: "Orphaned subtrees of three bodies to plant.")
    var orphans = 0
    @Option(help: "Bodies with two reporting lines to plant.")
    var doubleLines = 0
    @Option(help: ArgumentHelp("Write a workspace of model files instead: a file per subtree of at most this many bodies.", valueName: "bodies"))
    var workspace: Int?
    @Option(help: ArgumentHelp("Also write a copy with 130 planted changes.", valueName: "file"))
    var changedCopy: String?

    func validate() throws {
        guard bodies >= 10 else { throw ValidationError("a synthetic model has at least 10 bodies") }
        guard SyntheticTree(name: tree) != nil else { throw ValidationError("--tree is random, wide or flat") }
    }

    func run() throws {
        let defects = PlantedDefects(cycles: cycles, orphans: orphans, doubleReportingLines: doubleLines)
        let model = SyntheticModel(bodyCount: bodies, seed: UInt64(seed), defects: defects, shape: shape, tree: SyntheticTree(name: tree)!)
        if let workspace {
            let files = try SyntheticWorkspace(model, maximumBodiesPerFile: workspace).write(to: URL(fileURLWithPath: file))
            print("\(files.count - 2) files of bodies, a shared file and .mandate.yml in \(file)")
            return
        }
        try model.yaml().write(toFile: file, atomically: true, encoding: .utf8)
        if let changedCopy {
            let copy = model.changedCopy(PlantedChanges(removed: 40, added: 30, renamed: 25, moved: 20, chairChanged: 15))
            try copy.yaml.write(toFile: changedCopy, atomically: true, encoding: .utf8)
        }
    }
}

extension SyntheticShape: ExpressibleByArgument {}

import MandateModel
import MandateSynthesis
import Testing

/// A workspace loaded again after each edit keeps what did not change; whatever it keeps, it gives what loading the
/// files afresh gives: the same structure, the same errors, the same files left out.
@Suite("Workspace session: loading again after edits")
struct WorkspaceSessionTests {
    /// The files of a generated workspace of 300 bodies in files of at most 20.
    static let files = SyntheticWorkspace(SyntheticModel(bodyCount: 300, seed: 7), maximumBodiesPerFile: 20).files().filter { !$0.path.hasPrefix(".") }

    static func sources(_ files: [(path: String, contents: String)]) -> [WorkspaceLoader.Source] {
        files.map { WorkspaceLoader.Source(file: "ws/" + $0.path, path: $0.path, bytes: .success(Array($0.contents.utf8))) }
    }

    /// What a load says, as text to compare.
    static func summary(_ load: WorkspaceLoad) -> [String] {
        [load.model.map { "\($0.hashValue) \($0.bodies.count)" } ?? "no model", load.failure?.description ?? "no failure",
         load.unchecked.map { "\($0.file) \($0.dependsOn)" }.joined(separator: ";"), load.files.joined(separator: ","), load.skipped.joined(separator: ",")]
    }

    @Test("each edit gives what a fresh load gives, and an edit inside one file decodes that file alone")
    func editsMatchFreshLoads() throws {
        var files = Self.files
        let session = WorkspaceSession(root: "ws", title: "Generated")
        func step(_ name: String, _ edit: (inout [(path: String, contents: String)]) -> Void) -> Int {
            edit(&files)
            let sources = Self.sources(files)
            let again = session.load(sources)
            let fresh = WorkspaceLoader.load(root: "ws", sources: sources, title: "Generated")
            #expect(Self.summary(again) == Self.summary(fresh), "\(name)")
            #expect(again.model == fresh.model, "\(name)")
            return session.lastDecodedCount
        }
        #expect(step("first load") { _ in } == files.count)
        // A file whose bodies another file names.
        let named = try #require(files.indices.first { position in
            let model = files[position].contents.split(separator: "\n").first { $0.hasPrefix("model: ") }!.dropFirst(7)
            return model != "shared" && files.contains { $0.contents.contains("\(model)/b") }
        })
        let model = files[named].contents.split(separator: "\n").first { $0.hasPrefix("model: ") }!.dropFirst(7)
        let referenced = try #require(files.first { $0.contents.contains("\(model)/b") }.flatMap { text in
            text.contents.components(separatedBy: "\(model)/").dropFirst().first?.prefix { $0 != "\n" && $0 != "," && $0 != "]" }
        })
        let original = files[named].contents
        #expect(step("a name changed") { $0[named].contents = original.replacingOccurrences(of: "name: ", with: "name: Ny ") } == 1)
        #expect(step("an id another file names, renamed") { $0[named].contents = original.replacingOccurrences(of: "  \(referenced):", with: "  \(referenced)x:") } > 1)
        _ = step("put back") { $0[named].contents = original }
        _ = step("broken") { $0[named].contents = original + "bodies: [\n" }
        _ = step("mended") { $0[named].contents = original }
        _ = step("its model renamed") { $0[named].contents = original.replacingOccurrences(of: "model: \(model)\n", with: "model: \(model)x\n") }
        _ = step("removed") { $0.remove(at: named) }
        _ = step("back") { $0.insert((Self.files[named].path, original), at: named) }
        _ = step("a second file with the same model") { $0.append(("zz.yaml", original)) }
        #expect(step("nothing changed") { _ in } == 0)
    }
}

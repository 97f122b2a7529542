@testable import MandateModel

/// libFuzzer's entry: any bytes, read as YAML, JSON and CSV, must load or be refused with located errors,
/// never crash, hang or read out of bounds; wherever the fast reader of the YAML subset reads the bytes, its
/// tree must be libyaml's, node for node; a model that loads must load the same from its JSON export; and the
/// bytes as one file of a workspace, beside a file that names its elements and is named by it, must load as one
/// structure or be refused with located errors.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    for format in ModelFormat.allCases {
        do {
            let model = try ModelLoader.load(contents: bytes, file: "fuzz", format: format)
            precondition(model.bodies.allSatisfy { model.body($0.id) != nil }, "every loaded body can be found by its id")
        } catch {
            precondition(!error.diagnostics.isEmpty, "a refused file says why")
            precondition(error.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 }, "every error has a place")
        }
    }
    // The two YAML readers agree wherever the fast one reads the file.
    if UTF8Validation.firstInvalidPosition(in: bytes) == nil,
       let subset = SubsetYAMLReader.read(bytes, file: "fuzz", maximumDepth: ModelLoader.maximumDepth) {
        let libyaml = bytes.withUnsafeBufferPointer { YAMLReader.readWithLibYAML($0, file: "fuzz", maximumDepth: ModelLoader.maximumDepth) }
        guard case .success(let tree) = libyaml, tree == subset else {
            fatalError("the subset reader gave a tree where libyaml gives another or an error")
        }
    }
    // A model that loads from YAML loads the same from its JSON export.
    if let model = try? ModelLoader.load(contents: bytes, file: "fuzz", format: .yaml) {
        let json = ModelJSONWriter.write(model)
        guard let again = try? ModelLoader.load(contents: Array(json.utf8), file: "fuzz", format: .json),
              ModelJSONWriter.write(again) == json else {
            fatalError("a model's JSON export does not load back to the same model")
        }
    }
    // One file of a workspace: its references across files resolve, or are refused at their place.
    let neighbour = Array("""
        mandate: 1
        model: neighbour
        bodies:
          top: {name: Top, kind: political, root: true}
          under: {name: Under, kind: forum, reportsTo: fuzz/b0, chair: fuzz/chair}

        """.utf8)
    let load = WorkspaceLoader.load(root: "fuzz", sources: [
        WorkspaceLoader.Source(file: "fuzz/fuzz.yaml", path: "fuzz.yaml", bytes: .success(bytes)),
        WorkspaceLoader.Source(file: "fuzz/neighbour.yaml", path: "neighbour.yaml", bytes: .success(neighbour)),
    ], title: nil)
    if let model = load.model {
        precondition(model.bodies.allSatisfy { model.body($0.id) != nil && $0.id.rawValue.contains("/") }, "every body of a workspace is MODEL/ID")
    }
    precondition(load.model != nil || load.failure != nil || load.files.isEmpty, "a workspace that gives no structure says why")
    precondition(load.failure?.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 } ?? true, "every error has a place")
    return 0
}

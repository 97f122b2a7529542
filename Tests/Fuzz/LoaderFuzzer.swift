@testable import MandateModel

/// libFuzzer's entry: any bytes, read as YAML, JSON and CSV, must load or be refused with located errors,
/// never crash, hang or read out of bounds; and wherever the fast reader of the YAML subset reads the
/// bytes, its tree must be libyaml's, node for node.
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
    if UTF8Validation.firstInvalidPosition(in: bytes) == nil,
       let subset = SubsetYAMLReader.read(bytes, file: "fuzz", maximumDepth: ModelLoader.maximumDepth) {
        let libyaml = bytes.withUnsafeBufferPointer { YAMLReader.readWithLibYAML($0, file: "fuzz", maximumDepth: ModelLoader.maximumDepth) }
        guard case .success(let tree) = libyaml, tree == subset else {
            fatalError("the subset reader gave a tree where libyaml gives another or an error")
        }
    }
    return 0
}

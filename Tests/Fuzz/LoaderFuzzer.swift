@testable import MandateModel

/// libFuzzer's entry: any bytes, read as YAML, JSON and CSV, must load or be refused with located errors,
/// never crash, hang or read out of bounds; and a model that loads must load the same from its JSON export.
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
    // A model that loads from YAML loads the same from its JSON export.
    if let model = try? ModelLoader.load(contents: bytes, file: "fuzz", format: .yaml) {
        let json = ModelJSONWriter.write(model)
        guard let again = try? ModelLoader.load(contents: Array(json.utf8), file: "fuzz", format: .json),
              ModelJSONWriter.write(again) == json else {
            fatalError("a model's JSON export does not load back to the same model")
        }
    }
    return 0
}

import MandateModel

/// libFuzzer's entry: any bytes, read as YAML and as JSON, must load or be refused with located errors,
/// never crash, hang or read out of bounds.
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
    return 0
}

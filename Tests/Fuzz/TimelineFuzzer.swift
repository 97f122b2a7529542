import MandateModel
import MandateRules

/// libFuzzer's entry: for any model that loads, the timeline, which checks each date again only where it
/// changes something, must find on every span what a whole check of that span finds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimeline(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let model = try? ModelLoader.load(contents: bytes, file: "fuzz.yaml", format: .yaml), model.bodies.count <= 200 else { return 0 }
    let checker = Checker()
    let timeline = TimelineChecker(checker: checker).timeline(of: model)
    func standing(_ findings: [Finding]) -> [String] {
        findings.map { "\($0.rule) \($0.bodies.map(\.rawValue)) \($0.location)" }.sorted()
    }
    for interval in timeline.intervals {
        guard let day = interval.from ?? interval.until else { continue }
        let whole = checker.check(model, at: day).findings
        let spanned = timeline.findings.filter { $0.period.contains(day) }.map(\.finding)
        precondition(standing(spanned) == standing(whole), "the timeline on \(day) differs from a whole check: \(standing(spanned)) against \(standing(whole))")
    }
    precondition(timeline.gaps == TimelineChecker(checker: checker).gaps(of: model), "the timeline's gaps are the gaps alone")
    return 0
}

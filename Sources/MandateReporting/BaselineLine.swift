import MandateRules

/// The line that says what a baseline held back: "baseline.json: 12 known findings held back; 2 of its
/// entries match no finding: …".
struct BaselineLine {
    let outcome: BaselineOutcome

    var text: String {
        var text = "\(outcome.file): \(outcome.heldBack) known finding\(outcome.heldBack == 1 ? "" : "s") held back"
        guard !outcome.unmatched.isEmpty else { return text }
        text += "; \(outcome.unmatched.count) of its entries match no finding (fixed, or changed): "
        text += outcome.unmatched.map { "\($0.model) [\($0.rule)] \($0.message)" }.joined(separator: "; ")
        return text
    }
}

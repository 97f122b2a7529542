import Foundation
import Testing
import MandateModel
@testable import MandateRules

/// Every finding's sentence has its own Danish words: the rules' examples, the waivers' findings and the gaps in
/// continuity are worded in Danish, with no English left outside the names they quote.
@Suite("Findings in every language")
struct FindingLanguageTests {
    /// English words that no Danish sentence has, outside the names it quotes.
    /// ("to" is left out: it is Danish for two.)
    static let english = ["the", "has", "is", "are", "which", "reports", "body", "bodies", "and", "but", "not", "no", "of", "its",
                          "who", "does", "exist", "valid", "from", "until", "name", "cut", "off", "below", "root", "form", "cycle", "lines",
                          "chair", "threshold", "waiver", "review", "member", "permanent", "participant", "levels", "due", "matches",
                          "finding", "renew", "ended"]

    /// The English words of `text` once quoted names ('…'), code (`…`) and rule ids are taken out.
    static func englishWords(in text: String) -> [String] {
        let withoutIDs = RuleRegistry.standard.descriptions.map(\.identifier).reduce(text) { $0.replacingOccurrences(of: $1, with: " ") }
        let unquoted = withoutIDs.replacingOccurrences(of: "'[^']*'", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "`[^`]*`", with: " ", options: .regularExpression)
        let words = unquoted.lowercased().split { !$0.isLetter }.map(String.init)
        return words.filter(english.contains)
    }

    /// The findings of every rule's triggering examples, waivers' included.
    static func exampleFindings() throws -> [Finding] {
        try RuleRegistry.standard.descriptions.flatMap { rule in
            try rule.triggeringExamples.flatMap { try RuleExampleTests.findings(of: rule, on: $0) }
        }
    }

    @Test("every rule's findings read in Danish: another sentence than the English one, and no English word in it")
    func danishFindings() throws {
        let findings = try Self.exampleFindings()
        #expect(Set(findings.map(\.rule)) == Set(RuleRegistry.standard.descriptions.map(\.identifier)), "an example of every rule")
        for finding in findings {
            let danish = finding.message(in: .da)
            #expect(danish != finding.message, "\(finding.rule): \(danish)")
            #expect(Self.englishWords(in: danish).isEmpty, "\(finding.rule): \(danish)")
            #expect(Self.englishWords(in: finding.message).count > 0, "the check finds English words in English: \(finding.message)")
        }
    }

    @Test("a gap in continuity reads in Danish, for every relation")
    func danishGaps() {
        for relation in ContinuityRelation.allCases {
            let gap = ContinuityGap(body: BodyID("a"), name: "Arbejdsgruppe", relation: relation, period: Period(from: nil, until: nil),
                                    before: ["Forum"], after: ["Råd", "Udvalg"], location: SourceLocation(file: "x", line: 1, column: 1))
            #expect(Self.englishWords(in: gap.message(in: .da)).isEmpty, "\(gap.message(in: .da))")
            #expect(gap.message(in: .da) != gap.message)
        }
    }

    @Test("a custom rule's message is shown as its author wrote it, in every language")
    func customMessage() {
        let finding = Finding(rule: "source-quoted", severity: .warning, message: "no source sentence", bodies: [],
                              location: SourceLocation(file: "x", line: 1, column: 1))
        #expect(finding.message(in: .da) == "no source sentence")
    }
}

import MandateAnalysis
import MandateModel

/// The formats `mandate overlap` writes, each with its writer.
public enum OverlapFormat: String, Sendable, CaseIterable {
    /// A line per pair, most similar first, with the members they share.
    case text
    /// `{"version", "models", "pairs": [{"bodies": [A, B], "jaccard", "shared": [...], "commonParent"}], "errors"}`.
    case json
    /// A table, for a report or a pull request.
    case markdown
    /// A row per pair, for a spreadsheet.
    case csv

    /// Writes the overlaps of each model in `language`; `errors` are the files that could not be used.
    public func write(_ analyses: [(model: Model, overlap: OverlapAnalysis)], language: ModelLanguage, errors: [RunProblem] = []) -> String {
        let words = AnalysisWords.of(language)
        let minimum = { (analysis: OverlapAnalysis) in Int((analysis.minimum * 100).rounded()) }
        func cells(_ pair: OverlapPair, _ model: Model) -> [String] {
            [pair.bodies.map { model.displayName(of: .body($0)) }.joined(separator: " + "), AnalysisWords.percent(pair.jaccard),
             pair.shared.map { model.displayName(of: .role($0)) }.joined(separator: "; "),
             pair.commonParent.map { model.displayName(of: .body($0)) } ?? words.noParent]
        }
        switch self {
        case .text:
            return analyses.map { model, analysis in
                var out = TerminalText.clean("\(model.title ?? model.id): \(words.overlapTitle(minimum(analysis)))") + "\n"
                if analysis.pairs.isEmpty { out += words.noOverlap(analysis.comparable, minimum(analysis)) + "\n" }
                for pair in analysis.pairs {
                    let cell = cells(pair, model)
                    out += TerminalText.clean("\(cell[0]): \(cell[1]); \(words.overlapColumns[2]): \(cell[2]); \(words.overlapColumns[3]): \(cell[3])") + "\n"
                }
                return out
            }.joined(separator: "\n")
        case .json:
            return JSONValue.object([
                ("version", .string(ToolVersion.current)),
                ("models", .array(analyses.map { .object([("model", .string($0.model.id)), ("file", .string($0.model.file)),
                                                           ("date", .string($0.overlap.date.description)), ("comparable", .int($0.overlap.comparable))]) })),
                ("pairs", .array(analyses.flatMap { model, analysis in analysis.pairs.map { Self.value($0, model: model.id, multiple: analyses.count > 1) } })),
                ("errors", .array(errors.map(JSONReporter.value))),
            ]).formatted() + "\n"
        case .markdown:
            return analyses.map { model, analysis in
                let out = "## \(MarkdownText.escape("\(model.title ?? model.id): \(words.overlapTitle(minimum(analysis)))"))\n\n"
                guard !analysis.pairs.isEmpty else { return out + words.noOverlap(analysis.comparable, minimum(analysis)) + "\n" }
                return out + TableText.markdown(words.overlapColumns, analysis.pairs.map { cells($0, model) })
            }.joined(separator: "\n")
        case .csv:
            let rows = analyses.flatMap { model, analysis in
                analysis.pairs.map { pair in
                    [model.id, pair.bodies[0].rawValue, pair.bodies[1].rawValue, JSONValue.fraction(pair.jaccard).compact(),
                     pair.shared.map(\.rawValue).joined(separator: ";"), pair.commonParent?.rawValue ?? ""]
                }
            }
            return TableText.csv(["model", "body", "other body", "jaccard", "shared", "nearest common parent"], rows)
        }
    }

    private static func value(_ pair: OverlapPair, model: String, multiple: Bool) -> JSONValue {
        let fields: [(String, JSONValue)] = [
            ("bodies", .array(pair.bodies.map { .string($0.rawValue) })),
            ("jaccard", .fraction(pair.jaccard)),
            ("shared", .array(pair.shared.map { .string($0.rawValue) })),
            ("commonParent", pair.commonParent.map { .string($0.rawValue) } ?? .null),
        ]
        return .object((multiple ? [("model", .string(model))] : []) + fields)
    }
}

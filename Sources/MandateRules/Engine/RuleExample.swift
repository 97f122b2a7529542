/// A small model (YAML) that shows a rule at work, optionally with a configuration; the generic rule test
/// checks each one and the rule documentation shows it.
///
/// In a triggering example, `↓` marks where each finding lands, just before the character its location
/// points at, in the model or in the configuration (as SwiftLint's examples do): the test expects one
/// finding at each mark and none elsewhere. The marks are not part of ``model`` or ``configuration``.
public struct RuleExample: Hashable, Sendable {
    /// A whole model file, without marks.
    public let model: String
    /// A `.mandate.yml` to apply, if the example needs one, without marks.
    public let configuration: String?
    /// Where the marks stood in the model.
    package let modelMarks: [ExampleMark]
    /// Where the marks stood in the configuration.
    package let configurationMarks: [ExampleMark]

    /// The mark that `↓` stands for.
    public static let mark: Character = "↓"

    /// Creates an example from texts that may hold marks.
    public init(_ model: String, configuration: String? = nil) {
        (self.model, modelMarks) = Self.unmarked(model)
        let configured = configuration.map(Self.unmarked)
        self.configuration = configured?.text
        configurationMarks = configured?.marks ?? []
    }

    /// The text without its marks, and where each mark stood.
    private static func unmarked(_ text: String) -> (text: String, marks: [ExampleMark]) {
        var marks: [ExampleMark] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { number, line in
            var kept = ""
            for character in line {
                if character == mark {
                    marks.append(ExampleMark(line: number + 1, column: kept.count + 1))
                } else {
                    kept.append(character)
                }
            }
            return kept
        }
        return (lines.joined(separator: "\n"), marks)
    }
}

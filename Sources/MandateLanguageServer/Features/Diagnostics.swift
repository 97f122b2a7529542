import MandateModel
import MandateReporting
import MandateRules

/// The diagnostics of one file of a structure, as `mandate check` gives them for it in its workspace: why files do
/// not load (with the hint as related information, and the "did you mean" word as data for a quick fix), files left
/// out, configuration problems, and the findings, in the language the models ask for, the rule as `code` and the
/// other bodies involved as related information.
struct Diagnostics {
    let structure: LoadedStructure
    /// The lines of a file: the editor's text where it is open, else the file's.
    let lines: (String) -> TextLines

    /// The protocol's `Diagnostic[]` for `path`.
    func of(_ path: String) -> JSONValue {
        var items: [JSONValue] = []
        for diagnostic in structure.loadDiagnostics where diagnostic.location.file == path {
            var data: [(String, JSONValue)] = []
            if let (written, instead) = diagnostic.error.replacement { data = [("written", .string(written)), ("instead", .string(instead))] }
            items.append(item(diagnostic.location, severity: 1, code: RunProblem.Kind.load.rawValue, message: diagnostic.message,
                              related: [(diagnostic.location, "hint: " + diagnostic.hint)], data: data))
        }
        for (file, models) in structure.unchecked where file == path {
            let note = RunProblem.unchecked(file: file, dependsOn: models)
            items.append(item(note.location, severity: 3, code: note.kind.rawValue, message: note.message, related: []))
        }
        for problem in structure.configurationProblems where problem.location.file == path {
            items.append(item(problem.location, severity: 1, code: RunProblem.Kind.configuration.rawValue, message: problem.problem.message,
                              related: [(problem.location, "hint: " + problem.problem.hint)]))
        }
        if let report = structure.report, let model = structure.model {
            for finding in report.findings where finding.location.file == path {
                let related = finding.bodies.dropFirst().compactMap { id in model.body(id).map { ($0.location, $0.name) } }
                items.append(item(finding.location, severity: severity(finding.severity), code: finding.rule,
                                  message: finding.message(in: report.language), related: related))
            }
        }
        return .array(items)
    }

    private func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    private func item(_ location: SourceLocation, severity: Int, code: String, message: String, related: [(SourceLocation, String)],
                      data: [(String, JSONValue)] = []) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("range", range(of: location).json),
            ("severity", .int(severity)), ("code", .string(code)), ("source", .string("mandate")), ("message", .string(message)),
        ]
        if !related.isEmpty {
            fields.append(("relatedInformation", .array(related.map { place, text in
                .object([("location", .object([("uri", .string(DocumentURI.uri(place.file))), ("range", range(of: place).json)])),
                         ("message", .string(text))])
            })))
        }
        if !data.isEmpty { fields.append(("data", .object(data))) }
        return .object(fields)
    }

    /// The range of the word written at a place.
    private func range(of place: SourceLocation) -> TextRange {
        lines(place.file).wordRange(line: place.line, column: place.column)
    }
}

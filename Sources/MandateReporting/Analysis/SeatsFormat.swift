import MandateAnalysis
import MandateModel

/// The formats `mandate seats` writes, each with its writer.
public enum SeatsFormat: String, Sendable, CaseIterable {
    /// A line per role, most meetings first, with its seats under it.
    case text
    /// `{"version", "models", "seats": [{"role", "title", "holder", "bodies": [{"body", "seat", "title"}], "adHoc", "meetingsPerYear"}],
    /// "bodiesWithoutCadence", "errors"}`.
    case json
    /// A table, for a report or a pull request.
    case markdown
    /// A row per seat, for a spreadsheet.
    case csv

    /// Writes the seats of each model (with its analysis) in `language`; `errors` are the files that could not be used.
    public func write(_ analyses: [(model: Model, seats: SeatsAnalysis)], language: ModelLanguage, errors: [RunProblem] = []) -> String {
        let words = AnalysisWords.of(language)
        switch self {
        case .text:
            return analyses.map { model, analysis in
                var out = TerminalText.clean("\(model.title ?? model.id): \(words.seatsTitle(analysis.date))") + "\n"
                if analysis.roles.isEmpty { out += words.noSeats + "\n" }
                for role in analysis.roles {
                    let holder = role.holder.map { " (\($0))" } ?? ""
                    out += TerminalText.clean("\(role.title)\(holder) [\(role.role)]: \(role.meetingsPerYear) \(words.seatColumns[3])") + "\n"
                    for seat in role.seats {
                        out += TerminalText.clean("  \(words.seat(seat)): \(model.displayName(of: .body(seat.body))) (\(seat.meetingsPerYear))") + "\n"
                    }
                    for body in role.adHoc { out += TerminalText.clean("  \(words.seatColumns[4]): \(model.displayName(of: .body(body)))") + "\n" }
                }
                if analysis.bodiesWithoutCadence > 0 { out += words.withoutCadence(analysis.bodiesWithoutCadence) + "\n" }
                return out
            }.joined(separator: "\n")
        case .json:
            return JSONValue.object([
                ("version", .string(ToolVersion.current)),
                ("models", .array(analyses.map { .object([("model", .string($0.model.id)), ("file", .string($0.model.file)),
                                                           ("date", .string($0.seats.date.description))]) })),
                ("seats", .array(analyses.flatMap { model, analysis in analysis.roles.map { Self.value($0, model: model.id, multiple: analyses.count > 1) } })),
                ("bodiesWithoutCadence", .int(analyses.reduce(0) { $0 + $1.seats.bodiesWithoutCadence })),
                ("errors", .array(errors.map(JSONReporter.value))),
            ]).formatted() + "\n"
        case .markdown:
            return analyses.map { model, analysis in
                var out = "## \(MarkdownText.escape("\(model.title ?? model.id): \(words.seatsTitle(analysis.date))"))\n\n"
                guard !analysis.roles.isEmpty else { return out + words.noSeats + "\n" }
                out += TableText.markdown(words.seatColumns, analysis.roles.map { role in
                    let seats = role.seats.map { "\(model.displayName(of: .body($0.body))) (\(words.seat($0)))" }
                    return [role.title, role.holder ?? "", seats.joined(separator: "; "), String(role.meetingsPerYear),
                            role.adHoc.map { model.displayName(of: .body($0)) }.joined(separator: "; ")]
                })
                if analysis.bodiesWithoutCadence > 0 { out += "\n" + words.withoutCadence(analysis.bodiesWithoutCadence) + "\n" }
                return out
            }.joined(separator: "\n")
        case .csv:
            let rows = analyses.flatMap { model, analysis in
                analysis.roles.flatMap { role in
                    role.seats.map { seat in
                        [model.id, role.role.rawValue, role.title, role.holder ?? "", seat.body.rawValue,
                         seat.seat?.rawValue ?? seat.kind.rawValue, seat.title ?? "", String(seat.meetingsPerYear)]
                    }
                }
            }
            return TableText.csv(["model", "role", "title", "holder", "body", "seat", "seat title", "meetings a year"], rows)
        }
    }

    private static func value(_ role: RoleSeats, model: String, multiple: Bool) -> JSONValue {
        .object((multiple ? [("model", JSONValue.string(model))] : []) + [
            ("role", .string(role.role.rawValue)), ("title", .string(role.title)), ("holder", role.holder.map(JSONValue.string) ?? .null),
            ("bodies", .array(role.seats.map { seat in
                .object([("body", .string(seat.body.rawValue)), ("seat", .string(seat.seat?.rawValue ?? seat.kind.rawValue)),
                         ("title", seat.title.map(JSONValue.string) ?? .null), ("meetingsPerYear", .int(seat.meetingsPerYear))])
            })),
            ("adHoc", .array(role.adHoc.map { .string($0.rawValue) })),
            ("meetingsPerYear", .int(role.meetingsPerYear)),
        ])
    }
}
